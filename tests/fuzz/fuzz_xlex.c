/*
 * fuzz_xlex.c - the FreeDict reader (src/text/xlex.c) on any bytes: the
 * input up to its first NUL byte is the .index, the rest the dictionary's
 * text (inflated); every entry kept is then asked for. Damaged lines are
 * skipped and said; nothing may read out of bounds.
 */
#include "text/text.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    const char *z = memchr(p, 0, size);
    size_t ni = z ? (size_t)(z - p) : size;
    size_t nd = z ? size - ni - 1 : 0;
    rcp__xlex_parse("fr", p, ni, z ? z + 1 : "", nd);
    return 0;
}
