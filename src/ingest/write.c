/*
 * write.c - articles and strings as JSON, for the outputs.
 */
#include "base/base.h"

int rcp_write_json_string(FILE *f, const char *p, size_t len)
{
    rcp__buf b;
    rcp__buf_init(&b, 0);
    int rc = rcp__buf_add_json(&b, p, len);
    if (!rc && fwrite(b.p, 1, b.len, f) != b.len)
        rc = RCP_EIO;
    rcp__buf_release(&b);
    return rc;
}

int rcp_article_write_json(FILE *f, const rcp_article *a)
{
    static const char *const keys[] = {"id",   "source", "url",  "title",
                                       "date", "author", "lang"};
    const char *vals[] = {a->id,   a->source, a->url, a->title,
                          a->date, a->author, a->lang};
    rcp__buf b;
    rcp__buf_init(&b, 0);
    int rc = rcp__buf_addc(&b, '{');
    for (size_t i = 0; !rc && i < RCP_ARRAY_SIZE(keys); i++) {
        rc = rcp__buf_addf(&b, "%s\"%s\": ", i ? ", " : "", keys[i]);
        if (!rc)
            rc = rcp__buf_add_json_or_null(&b, vals[i]);
    }
    if (!rc)
        rc = rcp__buf_adds(&b, ", \"text\": ");
    if (!rc)
        rc = rcp__buf_add_json(&b, a->text ? a->text : "", a->text_len);
    if (!rc)
        rc = rcp__buf_adds(&b, "}\n");
    if (!rc && fwrite(b.p, 1, b.len, f) != b.len)
        rc = RCP_EIO;
    rcp__buf_release(&b);
    return rc;
}
