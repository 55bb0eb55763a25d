/*
 * storymap.c - rcp_story_map: article id -> story label, read from the
 * lines of `recoupe cluster`, so that the stories can be digested by a
 * stage of their own (a map over stories) after the clustering.
 */
#include "story.h"
#include "base/json.h"

struct rcp_story_map {
    rcp__map ids; /* hash of the id -> index in stories + 1 */
    const char **stories;
    size_t n, cap;
    rcp__arena arena; /* the labels */
};

rcp_story_map *rcp_story_map_new(void)
{
    rcp_story_map *m = rcp__calloc(1, sizeof *m);
    if (!m)
        return NULL;
    rcp__map_init(&m->ids);
    rcp__arena_init(&m->arena);
    return m;
}

static int put(rcp_story_map *m, const char *id, size_t idlen,
               const char *story, size_t slen)
{
    uint64_t *v = rcp__map_put(&m->ids, rcp__hash(id, idlen, 0));
    if (!v)
        return RCP_ENOMEM;
    if (*v)
        return RCP_EDUPID;
    if (!RCP__PUSH(m->stories, m->n, m->cap))
        return RCP_ENOMEM;
    /* the same label is stored once per distinct run of equal labels */
    const char *label = m->n && !strncmp(m->stories[m->n - 1], story, slen) &&
                                !m->stories[m->n - 1][slen]
                            ? m->stories[m->n - 1]
                            : rcp__arena_strndup(&m->arena, story, slen);
    if (!label)
        return RCP_ENOMEM;
    m->stories[m->n] = label;
    *v = ++m->n;
    return 0;
}

int rcp_story_map_put(rcp_story_map *m, const char *id, const char *story)
{
    return put(m, id, strlen(id), story, strlen(story));
}

int rcp_story_map_put_json(rcp_story_map *m, const char *p, size_t len,
                           rcp_error *err)
{
    rcp__arena a;
    rcp__arena_init(&a);
    rcp__json *j = NULL;
    size_t off = 0, idlen = 0, slen = 0;
    const char *msg = NULL;
    int rc = rcp__json_parse(p, len, &a, &j, &off, &msg);
    if (rc == RCP_EJSON)
        rc = rcp__fail(err, rc, "", 0, off, "%s", msg);
    if (rc)
        goto cleanup;
    const char *id = j->type == RCP__JSON_OBJ ? rcp__json_str(j, "id", &idlen)
                                              : NULL;
    const char *story =
        j->type == RCP__JSON_OBJ ? rcp__json_str(j, "story", &slen) : NULL;
    if (!id || !story) {
        rc = rcp__fail(err, RCP_EINVAL, "", 0, 0,
                       "expected an object with string 'id' and 'story'");
        goto cleanup;
    }
    rc = put(m, id, idlen, story, slen);
    if (rc == RCP_EDUPID)
        rcp__fail(err, rc, "", 0, 0, "duplicate id '%s'", id);
cleanup:
    rcp__arena_release(&a);
    return rc;
}

const char *rcp_story_map_get(const rcp_story_map *m, const char *id)
{
    uint64_t *v = rcp__map_get(&m->ids, rcp__hash(id, strlen(id), 0));
    return v ? m->stories[*v - 1] : NULL;
}

size_t rcp_story_map_count(const rcp_story_map *m)
{
    return m->n;
}

void rcp_story_map_free(rcp_story_map *m)
{
    if (!m)
        return;
    rcp__map_release(&m->ids);
    rcp__free(m->stories);
    rcp__arena_release(&m->arena);
    rcp__free(m);
}
