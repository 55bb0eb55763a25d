/*
 * harness.c - runs every registered TEST in the order of registration,
 * or only those whose name contains argv[1].
 */
#include "harness.h"

#include <stdlib.h>

#define MAX_TESTS 2048

static struct {
    const char *name;
    rcp_test_fn fn;
} tests[MAX_TESTS];
static int ntests;
int rcp_test_failed;

void rcp_test_register(const char *name, rcp_test_fn fn)
{
    if (ntests < MAX_TESTS) {
        tests[ntests].name = name;
        tests[ntests].fn = fn;
        ntests++;
    }
}

void rcp_test_fail(const char *file, int line, const char *what)
{
    printf("# %s:%d: failed: %s\n", file, line, what);
    rcp_test_failed = 1;
}

char *rcp_test_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *p = malloc(cap);
    size_t got;
    while (p && (got = fread(p + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *q = realloc(p, cap *= 2);
            if (!q)
                free(p);
            p = q;
        }
    }
    fclose(f);
    if (p) {
        p[n] = 0;
        if (len)
            *len = n;
    }
    return p;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (int i = 0; i < ntests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1]))
            continue;
        rcp_test_failed = 0;
        tests[i].fn();
        fflush(stdout);
        if (rcp_test_failed) {
            printf("not ok %d - %s\n", passed + failed + 1, tests[i].name);
            failed++;
        } else {
            printf("ok %d - %s\n", passed + failed + 1, tests[i].name);
            passed++;
        }
    }
    printf("# unit: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
