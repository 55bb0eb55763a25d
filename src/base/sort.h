/* src/base/sort.h - sorts inline, for any element type: one in place,
 * one stable.
 *
 * RCP__DEFINE_SORT(name, T, before) defines
 *     static void name(T *a, size_t n)
 * which sorts a[0..n) so that no element is before (by the inline
 * predicate `int before(const T *x, const T *y)`, "is x before y") the one
 * ahead of it: quicksort (median of three) with the smaller side recursed,
 * insertion sort for runs of 16 or fewer, heapsort past a depth bound of
 * 2 log2 n. No comparator pointer and no copy of the array (qsort's merge
 * sort takes a buffer of it all). Not stable: with a total order the
 * result is qsort's. */
#ifndef RCP_BASE_SORT_H
#define RCP_BASE_SORT_H

#include <stddef.h>
#include <string.h>

#include "base.h"

/* Insertion sort of e[0..n) by before, stable (an element moves only
 * past those it is before): the short runs of both sorts below. */
#define RCP__INSERTION_SORT(T, e, n, before)                                 \
    for (size_t i_ = 1; i_ < (n); i_++) {                                    \
        T x_ = (e)[i_];                                                      \
        size_t k_ = i_;                                                      \
        while (k_ && before(&x_, &(e)[k_ - 1])) {                            \
            (e)[k_] = (e)[k_ - 1];                                           \
            k_--;                                                            \
        }                                                                    \
        (e)[k_] = x_;                                                        \
    }

#define RCP__DEFINE_SORT(name, T, before)                                    \
    static void name##_sift(T *e, size_t k, size_t n)                        \
    { /* sift e[k] down the max-heap (the last first) e[0..n) */             \
        for (;;) {                                                           \
            size_t l = 2 * k + 1, w = k;                                     \
            if (l < n && before(&e[w], &e[l]))                               \
                w = l;                                                       \
            if (l + 1 < n && before(&e[w], &e[l + 1]))                       \
                w = l + 1;                                                   \
            if (w == k)                                                      \
                return;                                                      \
            T t = e[k];                                                      \
            e[k] = e[w];                                                     \
            e[w] = t;                                                        \
            k = w;                                                           \
        }                                                                    \
    }                                                                        \
    static void name##_depth(T *e, size_t n, int depth)                      \
    {                                                                        \
        T t;                                                                 \
        while (n > 16) {                                                     \
            if (depth-- == 0) {                                              \
                for (size_t k = n / 2; k-- > 0;)                             \
                    name##_sift(e, k, n);                                    \
                for (size_t k = n; k-- > 1;) {                               \
                    t = e[0], e[0] = e[k], e[k] = t;                         \
                    name##_sift(e, 0, k);                                    \
                }                                                            \
                return;                                                      \
            }                                                                \
            size_t mid = n / 2;                                              \
            if (before(&e[mid], &e[0]))                                      \
                t = e[mid], e[mid] = e[0], e[0] = t;                         \
            if (before(&e[n - 1], &e[mid])) {                                \
                t = e[n - 1], e[n - 1] = e[mid], e[mid] = t;                 \
                if (before(&e[mid], &e[0]))                                  \
                    t = e[mid], e[mid] = e[0], e[0] = t;                     \
            }                                                                \
            T pivot = e[mid];                                                \
            size_t i = 0, j = n - 1;                                         \
            for (;;) { /* Hoare: e[0..i) not after the pivot, e(j..n) not    \
                          before */                                          \
                while (before(&e[i], &pivot))                                \
                    i++;                                                     \
                while (before(&pivot, &e[j]))                                \
                    j--;                                                     \
                if (i >= j)                                                  \
                    break;                                                   \
                t = e[i], e[i] = e[j], e[j] = t;                             \
                i++;                                                         \
                j--;                                                         \
            }                                                                \
            size_t left = j + 1; /* e[0..j], e[j+1..n): recurse on the       \
                                    smaller */                               \
            if (left < n - left) {                                           \
                name##_depth(e, left, depth);                                \
                e += left;                                                   \
                n -= left;                                                   \
            } else {                                                         \
                name##_depth(e + left, n - left, depth);                     \
                n = left;                                                    \
            }                                                                \
        }                                                                    \
        RCP__INSERTION_SORT(T, e, n, before);                                \
    }                                                                        \
    static void name(T *a, size_t n)                                         \
    {                                                                        \
        int depth = 0;                                                       \
        for (size_t m = n; m > 1; m >>= 1)                                   \
            depth += 2;                                                      \
        name##_depth(a, n, depth);                                           \
    }

/* RCP__DEFINE_STABLE_SORT(name, T, before) defines
 *     static void name(T *a, size_t n)
 * which sorts a[0..n) as RCP__DEFINE_SORT does, keeping the elements
 * that are not before one another in the order they came: qsort's
 * result (glibc's is a stable merge sort) with any comparator, ties
 * included, without its call per comparison. A top-down merge sort,
 * insertion sort for runs of 16 or fewer, halves already in order left
 * as they are; a buffer of n / 2 elements (on the stack up to 64; when
 * it cannot be had, insertion sort alone: the same order, slower). */
#define RCP__DEFINE_STABLE_SORT(name, T, before)                             \
    static void name##_ins(T *e, size_t n)                                   \
    {                                                                        \
        RCP__INSERTION_SORT(T, e, n, before);                                \
    }                                                                        \
    static void name##_merge(T *e, size_t n, T *tmp)                         \
    {                                                                        \
        if (n <= 16) {                                                       \
            name##_ins(e, n);                                                \
            return;                                                          \
        }                                                                    \
        size_t h = n / 2, i = 0, j = h, k = 0;                               \
        name##_merge(e, h, tmp);                                             \
        name##_merge(e + h, n - h, tmp);                                     \
        if (!before(&e[h], &e[h - 1]))                                       \
            return; /* in order already */                                   \
        memcpy(tmp, e, h * sizeof *e);                                       \
        while (i < h && j < n) /* the left one first on a tie */             \
            e[k++] = before(&e[j], &tmp[i]) ? e[j++] : tmp[i++];             \
        while (i < h)                                                        \
            e[k++] = tmp[i++];                                               \
    }                                                                        \
    static void name(T *a, size_t n)                                         \
    {                                                                        \
        T stack[64];                                                         \
        T *tmp = n / 2 <= 64 ? stack : (T *)rcp__malloc(n / 2 * sizeof *a);  \
        if (tmp)                                                             \
            name##_merge(a, n, tmp);                                         \
        else                                                                 \
            name##_ins(a, n);                                                \
        if (tmp != stack)                                                    \
            rcp__free(tmp);                                                  \
    }

#endif
