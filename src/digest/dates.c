#include "nlp_priv.h"
int rcp__nlp_dates(rcp__nlp_ctx *c) { (void)c; return 0; }
