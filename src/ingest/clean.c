/*
 * clean.c - first version: drops paragraphs repeated word for word.
 */
#include "clean.h"

#include "text/text.h"

int rcp__clean_text(const char *p, size_t n, const char *lang, int from_html,
                    rcp__arena *a, rcp__cleaned *out)
{
    (void)lang, (void)from_html;
    memset(out, 0, sizeof *out);
    char *o = rcp__arena_alloc(a, n + 1);
    if (!o)
        return RCP_ENOMEM;
    rcp__map seen;
    rcp__map_init(&seen);
    size_t len = 0, i = 0;
    int rc = 0;
    rcp__buf f;
    rcp__buf_init(&f, 0);
    while (i < n) {
        size_t e = i;
        while (e < n && p[e] != '\n')
            e++;
        rcp__buf_reset(&f);
        if ((rc = rcp__fold(p + i, e - i, &f)))
            break;
        uint64_t *v = rcp__map_put(&seen, rcp__hash(f.p, f.len, 0));
        if (!v) {
            rc = RCP_ENOMEM;
            break;
        }
        if (!*v && e > i) {
            *v = 1;
            if (len)
                o[len++] = '\n';
            memcpy(o + len, p + i, e - i);
            len += e - i;
        }
        i = e + 1;
    }
    o[len] = 0;
    out->text = o;
    out->len = len;
    rcp__map_release(&seen);
    rcp__buf_release(&f);
    return rc;
}
