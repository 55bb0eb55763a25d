/*
 * score_cluster - score a `recoupe cluster` output against gold labels.
 *
 *     score_cluster [--header] [--field F] SYSTEM.jsonl GOLD.tsv [NAME]
 *     score_cluster --header
 *
 * SYSTEM.jsonl holds one {"id": ..., "story": ...} object per line (the
 * contract of `recoupe cluster`; a numeric story is taken as written);
 * --field scores another label of the same lines (e.g. "topic");
 * GOLD.tsv holds one "id<TAB>label" per line. Every gold id must be in the
 * system output and every system id in the gold: a missing or extra id is
 * an error that names it. Prints one row: NAME (default: the file name of
 * SYSTEM), articles, gold clusters, system clusters, pairwise P/R/F1 and
 * BCubed P/R/F1 (definitions in src/eval/score.h); --header prints the
 * column names first. Exit status: 0, 1 usage, 2 unreadable or mismatched
 * input.
 */
#include "base/json.h"
#include "eval/score.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *prog = "score_cluster";
static const char *field = "story"; /* the label scored (--field) */

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

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot read '%s': %s", path, strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *p = xrealloc(NULL, cap);
    for (;;) {
        if (n + 1 >= cap)
            p = xrealloc(p, cap *= 2);
        size_t k = fread(p + n, 1, cap - n - 1, f);
        if (k == 0)
            break;
        n += k;
    }
    if (ferror(f))
        die("cannot read '%s': %s", path, strerror(errno));
    fclose(f);
    p[n] = '\0';
    *len = n;
    return p;
}

typedef struct {
    char *id, *label;
    size_t line;
    int seen;
} entry;

typedef struct {
    entry *e;
    size_t n, cap;
} entries;

static void push(entries *es, char *id, char *label, size_t line)
{
    if (es->n == es->cap) {
        es->cap = es->cap ? es->cap * 2 : 1024;
        es->e = xrealloc(es->e, es->cap * sizeof *es->e);
    }
    es->e[es->n++] = (entry){id, label, line, 0};
}

static char *dup(const char *p, size_t n)
{
    char *s = xrealloc(NULL, n + 1);
    memcpy(s, p, n);
    s[n] = '\0';
    return s;
}

/* The next line of buf[*pos..len), without its "\n" or "\r\n"; 0 at the
 * end. */
static int next_line(const char *buf, size_t len, size_t *pos,
                     const char **line, size_t *llen)
{
    if (*pos >= len)
        return 0;
    const char *p = buf + *pos, *nl = memchr(p, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - p) : len - *pos;
    *pos += n + (nl != NULL);
    if (n > 0 && p[n - 1] == '\r')
        n--;
    *line = p;
    *llen = n;
    return 1;
}

static void read_system(const char *path, entries *es)
{
    size_t len, pos = 0, ln = 0, llen;
    const char *line;
    char *buf = slurp(path, &len);
    while (next_line(buf, len, &pos, &line, &llen)) {
        ln++;
        size_t k = 0;
        while (k < llen && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k == llen)
            continue;
        rcp__arena a;
        rcp__arena_init(&a);
        rcp__json *v;
        size_t off = 0;
        const char *msg = "";
        if (rcp__json_parse(line, llen, &a, &v, &off, &msg) != 0)
            die("cannot read '%s': line %zu: offset %zu: %s", path, ln, off,
                msg);
        if (v->type != RCP__JSON_OBJ)
            die("cannot read '%s': line %zu: not an object", path, ln);
        size_t idlen;
        const char *id = rcp__json_str(v, "id", &idlen);
        const rcp__json *story = rcp__json_get(v, field);
        if (!id)
            die("cannot read '%s': line %zu: no string \"id\"", path, ln);
        if (!story ||
            (story->type != RCP__JSON_STR && story->type != RCP__JSON_NUM))
            die("cannot read '%s': line %zu: no \"%s\" for '%s'", path, ln,
                field, id);
        push(es, dup(id, idlen), dup(story->str, story->len), ln);
        rcp__arena_release(&a);
    }
    free(buf);
}

static void read_gold(const char *path, entries *es)
{
    size_t len, pos = 0, ln = 0, llen;
    const char *line;
    char *buf = slurp(path, &len);
    while (next_line(buf, len, &pos, &line, &llen)) {
        ln++;
        if (llen == 0)
            continue;
        const char *tab = memchr(line, '\t', llen);
        if (!tab || tab == line || tab + 1 == line + llen)
            die("cannot read '%s': line %zu: expected 'id<TAB>label'", path,
                ln);
        push(es, dup(line, (size_t)(tab - line)),
             dup(tab + 1, (size_t)(line + llen - tab - 1)), ln);
    }
    free(buf);
}

static int by_id(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->id, ((const entry *)b)->id);
}

static void sort_unique(entries *es, const char *path)
{
    qsort(es->e, es->n, sizeof *es->e, by_id);
    for (size_t i = 1; i < es->n; i++)
        if (strcmp(es->e[i - 1].id, es->e[i].id) == 0)
            die("'%s': id '%s' appears twice (lines %zu and %zu)", path,
                es->e[i].id, RCP_MIN(es->e[i - 1].line, es->e[i].line),
                RCP_MAX(es->e[i - 1].line, es->e[i].line));
}

/* Name up to 5 ids of `es` not marked seen; returns how many there are. */
static size_t report_unseen(const entries *es, const char *what)
{
    size_t count = 0;
    for (size_t i = 0; i < es->n; i++) {
        if (es->e[i].seen)
            continue;
        if (count < 5)
            fprintf(stderr, "%s: %s '%s'\n", prog, what, es->e[i].id);
        count++;
    }
    if (count > 5)
        fprintf(stderr, "%s: ... and %zu more\n", prog, count - 5);
    return count;
}

static void header(void)
{
    printf("%-28s %8s %5s %5s  %6s %6s %6s  %6s %6s %6s\n", "set", "articles",
           "gold", "sys", "pair-P", "pair-R", "pair-F", "B3-P", "B3-R", "B3-F");
}

int main(int argc, char **argv)
{
    int want_header = 0;
    const char *args[3];
    int nargs = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--header") == 0)
            want_header = 1;
        else if (strcmp(argv[i], "--field") == 0 && i + 1 < argc)
            field = argv[++i];
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            nargs = -100;
        else if (nargs >= 0 && nargs < 3)
            args[nargs++] = argv[i];
        else
            nargs = -100;
    }
    if (want_header && nargs == 0) {
        header();
        return 0;
    }
    if (nargs < 2) {
        fprintf(stderr,
                "usage: %s [--header] [--field F] SYSTEM.jsonl GOLD.tsv "
                "[NAME]\n"
                "       %s --header\n",
                prog, prog);
        return 1;
    }
    const char *name = nargs == 3 ? args[2] : args[0];
    if (nargs < 3 && strrchr(name, '/'))
        name = strrchr(name, '/') + 1;

    entries sys = {0}, gold = {0};
    read_system(args[0], &sys);
    read_gold(args[1], &gold);
    sort_unique(&sys, args[0]);
    sort_unique(&gold, args[1]);

    /* Both sorted by id: one merge pairs them up. */
    size_t n = 0;
    const char **sl = xrealloc(NULL, gold.n * sizeof *sl);
    const char **gl = xrealloc(NULL, gold.n * sizeof *gl);
    for (size_t i = 0, j = 0; i < sys.n && j < gold.n;) {
        int c = strcmp(sys.e[i].id, gold.e[j].id);
        if (c < 0) {
            i++;
        } else if (c > 0) {
            j++;
        } else {
            sys.e[i].seen = gold.e[j].seen = 1;
            sl[n] = sys.e[i].label;
            gl[n] = gold.e[j].label;
            n++, i++, j++;
        }
    }
    size_t missing =
        report_unseen(&gold, "gold id missing from the system output:");
    size_t extra = report_unseen(&sys, "system id not in the gold:");
    if (missing || extra)
        die("'%s' vs '%s': %zu gold ids missing, %zu system ids unknown",
            args[0], args[1], missing, extra);
    if (n == 0)
        die("'%s': no articles to score", args[1]);

    rcp__cluster_score sc;
    if (rcp__score_clusters_str(sl, gl, n, &sc) != 0)
        die("out of memory");
    if (want_header)
        header();
    printf("%-28s %8zu %5zu %5zu  %6.4f %6.4f %6.4f  %6.4f %6.4f %6.4f\n", name,
           sc.items, sc.gold_clusters, sc.sys_clusters, sc.pair_p, sc.pair_r,
           sc.pair_f, sc.b3_p, sc.b3_r, sc.b3_f);

    for (size_t i = 0; i < sys.n; i++)
        free(sys.e[i].id), free(sys.e[i].label);
    for (size_t i = 0; i < gold.n; i++)
        free(gold.e[i].id), free(gold.e[i].label);
    free(sys.e);
    free(gold.e);
    free(sl);
    free(gl);
    return 0;
}
