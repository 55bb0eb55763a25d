/*
 * store.h - internal to src/store: the SQLite store (store.c).
 *
 * store/ sits above story/ and digest/: it uses their public API and
 * base/; only cli/ sits above it.
 */
#ifndef RCP_STORE_H
#define RCP_STORE_H

#include "base/base.h"

#endif
