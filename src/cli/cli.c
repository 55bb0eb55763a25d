/*
 * cli.c - helpers shared by the commands.
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("recoupe: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void cli_help(const char *text)
{
    fputs(text, stdout);
    fputs("\n"
          "Options may come anywhere among the inputs; -- ends them. -o FILE "
          "is\nwritten whole or not at all (a temporary file renamed at the "
          "end), and\nnever one of the inputs. On SIGINT or SIGTERM the "
          "article being read is\nfinished, what was read is written, and "
          "the exit status is 130 or 143.\n",
          stdout);
}

const char *cli_strerror(int e)
{
    static char buf[128];
    snprintf(buf, sizeof buf, "%s", strerror(e));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && (buf[1] < 'A' || buf[1] > 'Z'))
        buf[0] = (char)(buf[0] + 32); /* git style: lower case */
    return buf;
}

void cli_report(const rcp_error *err)
{
    const char *why = err->message[0] ? err->message : rcp_strerror(err->code);
    const char *hint = err->code == RCP_ETOOBIG ? " (see --max-size)" : "";
    if (err->code == RCP_ESKIP) /* not read on purpose, or nothing lost */
        cli_error("note: '%s': %s", err->file, why);
    else if (err->line)
        cli_error("cannot read '%s': line %zu: %s%s", err->file, err->line,
                  why, hint);
    else
        cli_error("cannot read '%s': %s%s", err->file, why, hint);
}

static int takes_value(const char *takes, const char *name, size_t n)
{
    const char *p = takes;
    while (p && *p) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && memcmp(p, name, n) == 0)
            return 1;
        p = e ? e + 1 : NULL;
    }
    return 0;
}

static int is_option(const char *a)
{
    return a[0] == '-' && a[1] != 0; /* "-" alone is standard input */
}

/* How many words of argv the option a takes: 2 when its value is the next
 * word ("-o FILE", "--format json"), else 1. */
static int option_words(const char *a, const char *takes)
{
    const char *n = a + (a[1] == '-' ? 2 : 1);
    if (a[1] == '-')
        return strchr(n, '=') ? 1 : 1 + takes_value(takes, n, strlen(n));
    return n[1] ? 1 : 1 + takes_value(takes, n, 1); /* -oFILE or -o FILE */
}

/* Move the k words at argv[from] to argv[to] (to < from), shifting the
 * operands in between after them, as GNU getopt permutes. */
static void rotate(char **argv, int to, int from, int k)
{
    char *w[2] = {argv[from], k > 1 ? argv[from + 1] : NULL};
    memmove(argv + to + k, argv + to, (size_t)(from - to) * sizeof *argv);
    for (int i = 0; i < k; i++)
        argv[to + i] = w[i];
}

const char *cli_opt(int argc, char **argv, int *argi, const char *takes,
                    const char **value)
{
    static char name[64];
    *value = NULL;
    if (*argi >= argc)
        return NULL;
    if (!is_option(argv[*argi])) {
        /* an operand: bring the next option (and its value) or "--" here */
        int j = *argi + 1;
        while (j < argc && !is_option(argv[j]))
            j++;
        if (j >= argc)
            return NULL; /* only operands are left */
        int k = strcmp(argv[j], "--") ? option_words(argv[j], takes) : 1;
        if (j + k > argc) { /* "-o" last: its value is not an operand */
            cli_error("option '%s' needs a value", argv[j]);
            return "?";
        }
        rotate(argv, *argi, j, k);
    }
    const char *a = argv[*argi];
    if (strcmp(a, "--") == 0) {
        (*argi)++;
        return NULL;
    }
    (*argi)++;
    const char *n = a + (a[1] == '-' ? 2 : 1);
    const char *eq = a[1] == '-' ? strchr(n, '=') : NULL;
    size_t len = eq ? (size_t)(eq - n) : strlen(n);
    if (len >= sizeof name) {
        cli_error("unknown option '%s'", a);
        return "?";
    }
    memcpy(name, n, len);
    name[len] = 0;
    if (takes_value(takes, name, len)) {
        if (eq) {
            *value = eq + 1;
        } else if (a[1] != '-' && n[1]) {
            *value = n + 1; /* -oFILE */
            name[1] = 0;
        } else if (*argi < argc) {
            *value = argv[(*argi)++];
        } else {
            cli_error("option '%s' needs a value", a);
            return "?";
        }
    } else if (eq) {
        cli_error("option '--%s' takes no value", name);
        return "?";
    }
    if (strcmp(name, "version") == 0 && a[1] == '-') {
        printf("recoupe %s\n", RCP_VERSION);
        exit(fflush(stdout) ? EXIT_NOTHING : EXIT_OK);
    }
    return name;
}

int cli_number(const char *opt, const char *value, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(value, &end, 10);
    if (errno || end == value || *end || value[0] == '-' || v > SIZE_MAX) {
        cli_error("option '--%s' needs a number, not '%s'", opt, value);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

int cli_size(const char *opt, const char *value, size_t *out)
{
    if (cli_number(opt, value, out))
        return -1;
    if (*out == 0 || *out > RCP_MAX_ARTICLE_LIMIT) {
        cli_error("option '--%s' needs 1 to %zu bytes, not '%s'", opt,
                  (size_t)RCP_MAX_ARTICLE_LIMIT, value);
        return -1;
    }
    return 0;
}

/* ---- signals: finish the current record, then stop ---- */

static volatile sig_atomic_t got_signal;
static volatile sig_atomic_t in_read; /* inside rcp_reader_next */
static char *volatile tmp_path; /* the output being written, if any */

static void on_signal(int sig)
{
    if (got_signal) { /* a second one: stop now, leaving nothing behind */
        if (tmp_path)
            unlink(tmp_path);
        _exit(128 + sig);
    }
    got_signal = sig;
    /* A read that was about to block when the signal came would wait for
     * ever: SIGALRM interrupts it within a second, and again while the
     * reading goes on (not the writing: a write is never cut). */
    if (in_read)
        alarm(1);
}

static void on_alarm(int sig)
{
    (void)sig;
    if (in_read)
        alarm(1);
}

void cli_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns */
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    sa.sa_handler = on_signal;
    int sigs[] = {SIGINT, SIGTERM};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction old;
        /* one ignored by the parent (nohup, "cmd &") stays ignored */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[i], &sa, NULL);
    }
}

int cli_interrupted(void)
{
    return got_signal;
}

/* ---- progress on a terminal ---- */

static struct {
    int on; /* standard error is a terminal */
    size_t articles, stories;
    double start, last;
    int shown;
} progress;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void cli_progress_stories(size_t stories)
{
    progress.stories = stories;
}

static void progress_tick(void)
{
    if (!progress.on || ++progress.articles % 64)
        return;
    double t = now();
    if (t - progress.last < 1.0)
        return;
    progress.last = t;
    fprintf(stderr, "\rrecoupe: %zu articles read", progress.articles);
    if (progress.stories)
        fprintf(stderr, ", %zu stories", progress.stories);
    fprintf(stderr, ", %.0f articles/s \033[K",
            (double)progress.articles / (t - progress.start));
    progress.shown = 1;
}

void cli_progress_end(void)
{
    if (progress.shown)
        fputs("\r\033[K", stderr);
    progress.shown = 0;
}

int cli_next(rcp_reader *r, rcp_article **a)
{
    if (!progress.start) {
        progress.on = isatty(2);
        progress.start = progress.last = now();
    }
    for (;;) {
        rcp_error err;
        in_read = 1;
        if (got_signal) {
            in_read = 0;
            alarm(0);
            return 0; /* the current record was finished: stop */
        }
        int rc = rcp_reader_next(r, a, &err);
        in_read = 0;
        if (rc == 1 && (*a)->warning) {
            cli_progress_end();
            fprintf(stderr, "recoupe: warning: '%s': %s\n",
                    (*a)->origin ? (*a)->origin : "", (*a)->warning);
        }
        if (rc == 1)
            progress_tick();
        if (rc >= 0) {
            if (rc == 0)
                cli_progress_end();
            return rc;
        }
        if (got_signal) { /* a read cut by the signal: not the input's fault */
            alarm(0);
            return 0;
        }
        cli_progress_end();
        cli_report(&err);
        if (rc == RCP_ENOMEM)
            exit(EXIT_NOTHING); /* only the CLI may exit on out of memory */
    }
}

int cli_status(size_t nread, const rcp_reader *r)
{
    if (nread == 0) {
        if (!rcp_reader_skipped(r) && !got_signal)
            cli_error("no article in the input");
        return EXIT_NOTHING;
    }
    return rcp_reader_skipped(r) ? EXIT_SKIPPED : EXIT_OK;
}

/* ---- the output: a temporary file renamed when complete ---- */

static void remove_tmp(void)
{
    char *t = tmp_path;
    tmp_path = NULL;
    if (t) {
        unlink(t);
        free(t);
    }
}

/* 1 when `path` names the same file as st (a regular file) */
static int same_file(const char *path, const struct stat *st)
{
    struct stat s;
    int ok = strcmp(path, "-") == 0 ? fstat(0, &s) == 0 : stat(path, &s) == 0;
    return ok && S_ISREG(s.st_mode) && s.st_dev == st->st_dev &&
           s.st_ino == st->st_ino;
}

FILE *cli_output_for(const char *path, const char *const *inputs, size_t n)
{
    int to_stdout = !path || strcmp(path, "-") == 0;
    struct stat st;
    int exists = to_stdout ? fstat(1, &st) == 0 : stat(path, &st) == 0;
    const char *shown = to_stdout ? "standard output" : path;
    if (exists && S_ISREG(st.st_mode))
        for (size_t i = 0; i < n; i++)
            if (same_file(inputs[i], &st)) {
                cli_error("cannot write '%s': it is the input '%s'", shown,
                          inputs[i]);
                return NULL;
            }
    if (to_stdout)
        return stdout;
    if (exists && !S_ISREG(st.st_mode)) {
        /* a device, a FIFO: written in place ("-o /dev/null") */
        FILE *f = fopen(path, "w");
        if (!f)
            cli_error("cannot write '%s': %s", path, cli_strerror(errno));
        return f;
    }
    /* "dir/.name.XXXXXX", renamed to path once everything is written */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t dl = (size_t)(base - path), len = strlen(path) + 16;
    char *t = malloc(len);
    if (!t) {
        cli_error("out of memory");
        return NULL;
    }
    snprintf(t, len, "%.*s.%s.XXXXXX", (int)dl, path, base);
    int fd = mkstemp(t);
    if (fd < 0) {
        int e = errno;
        free(t);
        cli_error("cannot write '%s': %s", path, cli_strerror(e));
        return NULL;
    }
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
    static int registered;
    if (!registered++)
        atexit(remove_tmp);
    tmp_path = t;
    FILE *f = fdopen(fd, "w");
    if (!f) {
        cli_error("cannot write '%s': %s", path, cli_strerror(errno));
        close(fd);
        remove_tmp();
    }
    return f;
}

FILE *cli_output(const char *path)
{
    return cli_output_for(path, NULL, 0);
}

void cli_abandon_output(FILE *f)
{
    if (f != stdout)
        fclose(f);
    remove_tmp();
}

int cli_close_output(FILE *f, const char *path)
{
    int bad = ferror(f), e = errno;
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    if (bad && errno)
        e = errno;
    if (!bad && tmp_path && rename(tmp_path, path) != 0) {
        bad = 1;
        e = errno;
    }
    if (tmp_path && !bad) {
        free(tmp_path);
        tmp_path = NULL;
    }
    remove_tmp(); /* after a failure: the old file, if any, stays */
    if (bad) {
        cli_error("cannot write '%s': %s",
                  path && strcmp(path, "-") ? path : "standard output",
                  cli_strerror(e ? e : EIO));
        return -1;
    }
    return 0;
}

/* Append s (n bytes) to p. */
static char *put(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

/* Append the decimal digits of v to p. */
static char *put_num(char *p, size_t v)
{
    char t[24];
    int k = 0;
    do
        t[k++] = (char)('0' + v % 10);
    while (v /= 10);
    while (k)
        *p++ = t[--k];
    return p;
}

/* Is s (n bytes) written in JSON as it is (rcp_write_json_string copies
 * printable ASCII but '"' and '\\')? */
static int json_plain(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
            return 0;
    }
    return 1;
}

#define PLAIN_MAX 256 /* longest id written by the short path */
#define PUT_LIT(p, lit) put(p, lit, sizeof lit - 1)

/* One line of `cluster`. The stream writes one a move (20 million for a
 * million hostile records), so plain ids go out in one fwrite, the
 * numbers by hand: fprintf and a buffer per string cost about 2,800
 * instructions a line. The same bytes either way. */
static int write_line(FILE *out, const char *id, const rcp_assignment *as,
                      const char *dup, size_t from)
{
    size_t ni = strlen(id), nd = dup ? strlen(dup) : 0;
    if (ni <= PLAIN_MAX && nd <= PLAIN_MAX && json_plain(id, ni) &&
        json_plain(dup, nd)) {
        char line[2 * PLAIN_MAX + 160], *p = line;
        p = PUT_LIT(p, "{\"id\": \"");
        p = put(p, id, ni);
        p = PUT_LIT(p, "\", \"story\": \"s");
        p = put_num(p, as->story + 1);
        p = PUT_LIT(p, "\", \"topic\": \"t");
        p = put_num(p, as->topic + 1);
        p = PUT_LIT(p, "\", \"duplicate_of\": ");
        if (dup) {
            *p++ = '"';
            p = put(p, dup, nd);
            *p++ = '"';
        } else {
            p = PUT_LIT(p, "null");
        }
        if (from != SIZE_MAX) {
            p = PUT_LIT(p, ", \"moved_from\": \"s");
            p = put_num(p, from + 1);
            *p++ = '"';
        }
        p = PUT_LIT(p, "}\n");
        size_t len = (size_t)(p - line);
        return fwrite(line, 1, len, out) == len ? 0 : -1;
    }
    int rc = fputs("{\"id\": ", out) < 0 ||
             rcp_write_json_string(out, id, strlen(id)) ||
             fprintf(out,
                     ", \"story\": \"s%zu\", \"topic\": \"t%zu\", "
                     "\"duplicate_of\": ",
                     as->story + 1, as->topic + 1) < 0;
    if (!rc)
        rc = dup ? rcp_write_json_string(out, dup, strlen(dup))
                 : fputs("null", out) < 0;
    if (!rc && from != SIZE_MAX)
        rc = fprintf(out, ", \"moved_from\": \"s%zu\"", from + 1) < 0;
    if (!rc)
        rc = fputs("}\n", out) < 0;
    return rc ? -1 : 0;
}

int cli_write_assignment(FILE *out, const char *id, const rcp_assignment *as,
                         const char *dup)
{
    return write_line(out, id, as, dup, SIZE_MAX);
}

int cli_write_moves(FILE *out, const rcp_clusterer *c, char *const *ids,
                    int (*write)(FILE *, const char *, const rcp_assignment *,
                                 const char *, size_t))
{
    rcp_move m;
    for (size_t k = 0; rcp_clusterer_move_at(c, k, &m); k++) {
        const char *dup =
            m.to.duplicate_of >= 0 ? ids[m.to.duplicate_of] : NULL;
        if ((write ? write : write_line)(out, ids[m.article], &m.to, dup,
                                         m.from))
            return -1;
    }
    return 0;
}

int cli_ratio(const char *opt, const char *v, double *out)
{
    char *end;
    errno = 0;
    double x = strtod(v, &end);
    if (errno || end == v || *end || !(x > 0 && x <= 1)) {
        cli_error("option '--%s' needs a number in (0, 1], not '%s'", opt, v);
        return -1;
    }
    *out = x;
    return 0;
}

int cli_cluster_option(const char *o, const char *v, rcp_cluster_opts *copts,
                       int *stream)
{
    size_t num;
    if (!strcmp(o, "stream")) {
        *stream |= CLI_STREAM;
    } else if (!strcmp(o, "no-moves")) {
        *stream |= CLI_NO_MOVES;
    } else if (!strcmp(o, "threshold")) {
        return cli_ratio(o, v, &copts->threshold) ? EXIT_USAGE : 0;
    } else if (!strcmp(o, "topic-threshold")) {
        return cli_ratio(o, v, &copts->topic_threshold) ? EXIT_USAGE : 0;
    } else if (!strcmp(o, "dup-threshold")) {
        return cli_ratio(o, v, &copts->dup_threshold) ? EXIT_USAGE : 0;
    } else if (!strcmp(o, "window")) {
        if (cli_number(o, v, &num))
            return EXIT_USAGE;
        if (num == 0 || num > 100000) {
            cli_error("option '--window' needs 1 to 100000 days");
            return EXIT_USAGE;
        }
        copts->window = (unsigned)num;
    } else if (!strcmp(o, "no-dates")) {
        copts->no_dates = 1;
    } else {
        return -1;
    }
    return 0;
}
