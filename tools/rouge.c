/*
 * rouge - ROUGE-1, ROUGE-2 and ROUGE-SU4 of one summary against references,
 * as ROUGE-1.5.5 -n 2 -2 4 -u -l N -f A -p 0.5 with Unicode tokens (the
 * exact definition is in src/eval/rouge.h).
 *
 *     rouge [--words N] [--digest | --lead] [--all] SUMMARY REF...
 *
 * SUMMARY is plain UTF-8 text, or "-" for standard input. With --digest it
 * is the JSON written by `recoupe digest --format json`: the summary is
 * stories[0].summary[*].text, in order, one sentence per line. With --lead
 * it is a JSON Lines file of articles and the summary is the "text" of the
 * first one (a lead baseline; the word limit cuts it). Each REF is plain
 * text. --words N keeps the first N words of every text (default 100; 0:
 * no limit).
 *
 * Prints one line: the recall x 100 of ROUGE-1, ROUGE-2 and ROUGE-SU4,
 * separated by tabs. --all prints a table with recall, precision, F and the
 * gram counts instead. Exit status: 0, 1 usage, 2 unreadable input.
 */
#include "base/json.h"
#include "eval/rouge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *prog = "rouge";

static void die(const char *fmt, ...) RCP_PRINTF(1, 2);
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: ", prog);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        die("cannot read '%s': %s", path, strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    for (;;) {
        if (!p)
            die("out of memory");
        if (n + 1 >= cap) {
            char *q = realloc(p, cap *= 2);
            if (!q)
                free(p);
            p = q;
            continue;
        }
        size_t k = fread(p + n, 1, cap - n - 1, f);
        if (k == 0)
            break;
        n += k;
    }
    if (ferror(f))
        die("cannot read '%s': %s", path, strerror(errno));
    if (f != stdin)
        fclose(f);
    p[n] = '\0';
    *len = n;
    return p;
}

/* The summary sentences of a digest, one per line, into b. */
static void digest_summary(const char *path, const char *p, size_t n,
                           rcp__buf *b)
{
    rcp__arena a;
    rcp__json *doc;
    size_t off = 0;
    const char *msg = "";
    rcp__arena_init(&a);
    if (rcp__json_parse(p, n, &a, &doc, &off, &msg) != 0)
        die("cannot read '%s': offset %zu: %s", path, off, msg);
    const rcp__json *stories = rcp__json_get(doc, "stories");
    if (!stories || stories->type != RCP__JSON_ARR)
        die("'%s': no \"stories\" array", path);
    if (!stories->child)
        die("'%s': no story in \"stories\"", path);
    const rcp__json *summary = rcp__json_get(stories->child, "summary");
    if (!summary || summary->type != RCP__JSON_ARR)
        die("'%s': stories[0] has no \"summary\" array", path);
    for (const rcp__json *s = summary->child; s; s = s->next) {
        size_t len;
        const char *text = rcp__json_str(s, "text", &len);
        if (!text)
            die("'%s': a summary item has no string \"text\"", path);
        if (rcp__buf_add(b, text, len) || rcp__buf_addc(b, '\n'))
            die("out of memory");
    }
    rcp__arena_release(&a);
}

/* The text of the first article of a JSON Lines file, into b. */
static void lead_summary(const char *path, const char *p, size_t n, rcp__buf *b)
{
    const char *nl = memchr(p, '\n', n);
    size_t len = nl ? (size_t)(nl - p) : n;
    rcp__arena a;
    rcp__json *doc;
    size_t off = 0, tlen;
    const char *msg = "";
    rcp__arena_init(&a);
    if (rcp__json_parse(p, len, &a, &doc, &off, &msg) != 0)
        die("cannot read '%s': line 1: offset %zu: %s", path, off, msg);
    const char *text = rcp__json_str(doc, "text", &tlen);
    if (!text)
        die("'%s': line 1: no string \"text\"", path);
    if (rcp__buf_add(b, text, tlen))
        die("out of memory");
    rcp__arena_release(&a);
}

static void usage(void)
{
    fprintf(stderr,
            "usage: %s [--words N] [--digest | --lead] [--all] SUMMARY "
            "REF...\n",
            prog);
    exit(1);
}

int main(int argc, char **argv)
{
    size_t words = 100;
    int mode = 0, all = 0; /* mode: 0 text, 1 digest, 2 lead */
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        if (strcmp(argv[i], "--words") == 0 && i + 1 < argc) {
            char *end;
            errno = 0;
            unsigned long long w = strtoull(argv[++i], &end, 10);
            if (errno || *end || end == argv[i] || argv[i][0] == '-')
                usage();
            words = (size_t)w;
        } else if (strcmp(argv[i], "--digest") == 0) {
            mode = 1;
        } else if (strcmp(argv[i], "--lead") == 0) {
            mode = 2;
        } else if (strcmp(argv[i], "--all") == 0) {
            all = 1;
        } else if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else {
            usage();
        }
    }
    if (argc - i < 2)
        usage();

    size_t plen;
    char *raw = slurp(argv[i], &plen);
    rcp__buf peer;
    rcp__buf_init(&peer, RCP__BUF_NOMAX);
    if (mode == 0) {
        if (rcp__buf_add(&peer, raw, plen))
            die("out of memory");
    } else if (mode == 1) {
        digest_summary(argv[i], raw, plen, &peer);
    } else {
        lead_summary(argv[i], raw, plen, &peer);
    }
    free(raw);

    size_t nrefs = (size_t)(argc - i - 1);
    char **refs = calloc(nrefs, sizeof *refs);
    size_t *lens = calloc(nrefs, sizeof *lens);
    if (!refs || !lens)
        die("out of memory");
    for (size_t r = 0; r < nrefs; r++)
        refs[r] = slurp(argv[i + 1 + (int)r], &lens[r]);

    rcp__rouge_result res;
    int rc =
        rcp__rouge_eval(peer.p ? peer.p : "", peer.len,
                        (const char *const *)refs, lens, nrefs, words, &res);
    if (rc != 0)
        die("%s", rcp_strerror(rc));
    if (all) {
        const char *names[3] = {"ROUGE-1", "ROUGE-2", "ROUGE-SU4"};
        const rcp__rouge_score *s[3] = {&res.r1, &res.r2, &res.su4};
        printf("%-10s %8s %8s %8s %6s %6s %6s\n", "", "recall", "precis.", "F",
               "hit", "ref", "peer");
        for (int k = 0; k < 3; k++)
            printf("%-10s %8.3f %8.3f %8.3f %6llu %6llu %6llu\n", names[k],
                   100 * s[k]->recall, 100 * s[k]->precision, 100 * s[k]->f,
                   (unsigned long long)s[k]->hit,
                   (unsigned long long)s[k]->ref_count,
                   (unsigned long long)s[k]->peer_count);
    } else {
        printf("%.3f\t%.3f\t%.3f\n", 100 * res.r1.recall, 100 * res.r2.recall,
               100 * res.su4.recall);
    }
    for (size_t r = 0; r < nrefs; r++)
        free(refs[r]);
    free(refs);
    free(lens);
    rcp__buf_release(&peer);
    return 0;
}
