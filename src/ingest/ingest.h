/*
 * ingest.h - internal interface between the reader and article making.
 */
#ifndef RCP_INGEST_H
#define RCP_INGEST_H

#include "base/base.h"

#define RCP__MAX_ARTICLE ((size_t)10 << 20) /* default per-article limit */

enum { RCP__KIND_TXT, RCP__KIND_HTML, RCP__KIND_JSONL, RCP__KIND_NONE };

/* The kind of a file from its name (".gz" stripped first); *gz says
 * whether it was there. */
int rcp__input_kind(const char *name, int *gz);

/* A file's id: its base name without the known extensions. */
char *rcp__input_id(const char *path);

/* An article from a whole file's bytes, of the given kind (TXT or HTML). */
int rcp__article_from_bytes(const char *id, int kind, const char *p, size_t n,
                            const char *origin, const rcp_read_opts *opts,
                            rcp_article **out, rcp_error *err);

/* An article from one JSON Lines record; default_id when it has no id. */
int rcp__article_from_json(const char *p, size_t n, const char *origin,
                           size_t line, const char *default_id,
                           const rcp_read_opts *opts, rcp_article **out,
                           rcp_error *err);

#endif
