/*
 * fuzz_jsonl.c - JSON Lines through the reader: the bytes are written to a
 * temporary .jsonl file and read with rcp_reader (line splitting, records,
 * ids and duplicates, fields, cleaning), every article written as JSON;
 * then the first line alone through rcp_article_from_json.
 */
#include "ingest/ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *null;
    if (!null)
        null = fopen("/dev/null", "w");
    char path[] = "/tmp/rcp-fuzz-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    if (fd < 0)
        return 0;
    size_t off = 0;
    while (off < size) {
        ssize_t w = write(fd, data + off, size - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(fd);
    rcp_read_opts ro = {1 << 16, 0};
    const char *in[] = {path};
    rcp_reader *r = rcp_reader_new(in, 1, &ro);
    if (r) {
        rcp_article *a;
        rcp_error err;
        int rc, guard = 0;
        while ((rc = rcp_reader_next(r, &a, &err)) != 0 && guard++ < 100000) {
            if (rc == 1) {
                if (null)
                    rcp_article_write_json(null, a);
                rcp_article_free(a);
            }
        }
        rcp_reader_free(r);
    }
    unlink(path);
    const char *p = (const char *)data, *nl = memchr(p, '\n', size);
    rcp_article *a;
    if (rcp_article_from_json(p, nl ? (size_t)(nl - p) : size, &ro, &a,
                              NULL) == 0)
        rcp_article_free(a);
    return 0;
}
