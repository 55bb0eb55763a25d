/*
 * harness.h - the unit-test harness: one "ok N - name" / "not ok N - name"
 * line per test, TAP style (git's t/unit-tests); tests/run.sh adds up the
 * lines of every part of the suite into "N passed, M failed".
 *
 *     TEST(utf8_rejects_overlong)
 *     {
 *         CHECK(!rcp__utf8_valid("\xC0\xAF", 2, NULL));
 *     }
 *
 * A TEST registers itself (a constructor), so a new test file needs no
 * list to be edited. A failed CHECK prints where and marks the test failed
 * but lets it go on, so one run shows every broken expectation.
 */
#ifndef RCP_HARNESS_H
#define RCP_HARNESS_H

#include <stdio.h>
#include <string.h>

typedef void (*rcp_test_fn)(void);
void rcp_test_register(const char *name, rcp_test_fn fn);
void rcp_test_fail(const char *file, int line, const char *what);
extern int rcp_test_failed;

#define TEST(name)                                                           \
    static void test_##name(void);                                           \
    __attribute__((constructor)) static void register_##name(void)           \
    {                                                                        \
        rcp_test_register(#name, test_##name);                               \
    }                                                                        \
    static void test_##name(void)

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond))                                                         \
            rcp_test_fail(__FILE__, __LINE__, #cond);                        \
    } while (0)

#define CHECK_INT(a, b)                                                      \
    do {                                                                     \
        long long a_ = (long long)(a), b_ = (long long)(b);                  \
        if (a_ != b_) {                                                      \
            char m_[256];                                                    \
            snprintf(m_, sizeof m_, "%s == %s (%lld != %lld)", #a, #b, a_,   \
                     b_);                                                    \
            rcp_test_fail(__FILE__, __LINE__, m_);                           \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                      \
    do {                                                                     \
        const char *a_ = (a), *b_ = (b);                                     \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                             \
            char m_[512];                                                    \
            snprintf(m_, sizeof m_, "%s == %s (\"%s\" != \"%s\")", #a, #b,   \
                     a_ ? a_ : "(null)", b_ ? b_ : "(null)");                \
            rcp_test_fail(__FILE__, __LINE__, m_);                           \
        }                                                                    \
    } while (0)

/* Read a whole file of test data (tests/data/...); NULL if unreadable.
 * The result is NUL-terminated; free it with free(). */
char *rcp_test_slurp(const char *path, size_t *len);

#endif
