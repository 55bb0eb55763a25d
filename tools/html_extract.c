/*
 * html_extract.c - rcp__html_extract alone, without the readers' cleaning
 * and language detection: runs it on each file named (.html, .htm, and
 * their .gz) and writes the JSON Lines of `recoupe extract` (id, url,
 * title, date, author, lang, text). bench/bench_html.sh times the
 * extractor with it; tools/eval/extract.sh falls back on it when
 * `recoupe extract` cannot read web pages. Errors go to standard error;
 * the exit status is 3 when a page was skipped.
 *
 *     html_extract [-q] FILE...     (-q: time only, print nothing)
 */
#include "ingest/html.h"

#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

static char *slurp(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    int got;
    while (p && (got = gzread(f, p + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *q = realloc(p, cap *= 2);
            if (!q) {
                free(p);
                p = NULL;
            }
            p = q;
        }
    }
    gzclose(f);
    *len = n;
    return p;
}

static void id_of(const char *path, char *id, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(id, cap, "%s", b);
    char *dot = strchr(id, '.');
    if (dot)
        *dot = 0;
}

int main(int argc, char **argv)
{
    int quiet = 0, status = 0;
    rcp__buf line;
    rcp__buf_init(&line, 0);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-q")) {
            quiet = 1;
            continue;
        }
        size_t n = 0;
        char *p = slurp(argv[i], &n);
        if (!p) {
            fprintf(stderr, "html_extract: cannot read '%s'\n", argv[i]);
            status = 3;
            continue;
        }
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__page pg;
        rcp_error err;
        memset(&err, 0, sizeof err);
#ifdef RCP_DATES_DEBUG
        fprintf(stderr, "FILE %s\n", argv[i]);
#endif
        int rc = rcp__html_extract(p, n, &a, &pg, &err);
        if (rc) {
            fprintf(stderr, "html_extract: '%s': %s\n", argv[i],
                    err.message[0] ? err.message : rcp_strerror(rc));
            status = 3;
        } else if (pg.limit) {
            fprintf(stderr, "html_extract: warning: '%s': %s\n", argv[i],
                    pg.limit);
        }
        if (!rc && !quiet) {
            char id[512];
            id_of(argv[i], id, sizeof id);
            rcp__buf_reset(&line);
            rcp__buf_adds(&line, "{\"id\":");
            rcp__buf_add_json(&line, id, strlen(id));
            rcp__buf_adds(&line, ",\"url\":");
            rcp__buf_add_json_or_null(&line, pg.url);
            rcp__buf_adds(&line, ",\"title\":");
            rcp__buf_add_json_or_null(&line, pg.title);
            rcp__buf_adds(&line, ",\"date\":");
            rcp__buf_add_json_or_null(&line, pg.date);
            rcp__buf_adds(&line, ",\"author\":");
            rcp__buf_add_json_or_null(&line, pg.author);
            rcp__buf_adds(&line, ",\"lang\":");
            rcp__buf_add_json_or_null(&line, pg.lang);
            rcp__buf_adds(&line, ",\"text\":");
            rcp__buf_add_json(&line, pg.text, pg.text_len);
            rcp__buf_adds(&line, "}\n");
            fwrite(line.p, 1, line.len, stdout);
        }
        rcp__arena_release(&a);
        free(p);
    }
    rcp__buf_release(&line);
    return status;
}
