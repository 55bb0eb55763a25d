/*
 * fuzz_gzip.c - the compressed path: the bytes are written to a temporary
 * file named .jsonl.gz (and, for odd sizes, .txt.gz) and read with
 * rcp_reader, which inflates by the gzip magic whatever the name: members,
 * concatenated members, trailing garbage, truncation, bombs (capped by
 * the size limit).
 */
#include "ingest/ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path_j[] = "/tmp/rcp-fuzz-XXXXXX.jsonl.gz";
    char path_t[] = "/tmp/rcp-fuzz-XXXXXX.txt.gz";
    char *path = size & 1 ? path_t : path_j;
    int fd = mkstemps(path, size & 1 ? 7 : 9);
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
    rcp_read_opts ro = {1 << 16, 1}; /* raw: the inflating is the target */
    const char *in[] = {path};
    rcp_reader *r = rcp_reader_new(in, 1, &ro);
    if (r) {
        rcp_article *a;
        rcp_error err;
        int rc, guard = 0;
        while ((rc = rcp_reader_next(r, &a, &err)) != 0 && guard++ < 100000)
            if (rc == 1)
                rcp_article_free(a);
        rcp_reader_free(r);
    }
    unlink(path);
    return 0;
}
