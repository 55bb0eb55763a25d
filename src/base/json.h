/*
 * json.h - a strict JSON reader into an arena (see json.c for why ours).
 */
#ifndef RCP_JSON_H
#define RCP_JSON_H

#include "base.h"

#define RCP__JSON_MAX_DEPTH 256

enum {
    RCP__JSON_NULL,
    RCP__JSON_BOOL, /* num is 1 or 0 */
    RCP__JSON_NUM,  /* num, and str = its text as written */
    RCP__JSON_STR,  /* str/len, unescaped, NUL-terminated */
    RCP__JSON_ARR,  /* child list, n items */
    RCP__JSON_OBJ   /* child list, each with key/keylen */
};

typedef struct rcp__json rcp__json;
struct rcp__json {
    int type;
    double num;
    const char *str;
    size_t len;
    const char *key; /* when inside an object */
    size_t keylen;
    rcp__json *child, *next;
    size_t n;
};

/*
 * Parse exactly one JSON value from p[0..n) (white space around it is
 * allowed). Every node lives in `a`. Returns 0, RCP_EJSON with
 * *err_offset (byte offset of the problem) and *err_msg (static text), or
 * RCP_ENOMEM. err_offset and err_msg may be NULL.
 */
int rcp__json_parse(const char *p, size_t n, rcp__arena *a, rcp__json **out,
                    size_t *err_offset, const char **err_msg);

/* The member `key` of an object (the last one if repeated), or NULL. */
const rcp__json *rcp__json_get(const rcp__json *obj, const char *key);

/* The string member `key`, or NULL when absent or not a string. */
const char *rcp__json_str(const rcp__json *obj, const char *key, size_t *len);

#endif
