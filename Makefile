# recoupe - build, test, evaluate, benchmark.
#
#   make                 library + command-line program (build/recoupe)
#   make check           the test suite; ends with "N passed, M failed"
#   make check SANITIZE=address,undefined   the same under sanitizers
#   make eval            quality figures against ../shared/data
#   make bench           throughput and peak memory
#   make fuzz            libFuzzer targets (clang); FUZZ_SECONDS per target
#   make format          clang-format the sources
#   make install         PREFIX=/usr/local
#
# WERROR=1 turns warnings into errors (CI does). Each configuration builds
# in its own directory, so a sanitizer build never mixes with a plain one.

CC ?= cc
PREFIX ?= /usr/local
SANITIZE ?=
WERROR ?=
OPT ?= -O2

ifeq ($(SANITIZE),)
BUILD ?= build
else
BUILD ?= build-san
endif

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wvla -Wformat=2 -Wno-overlength-strings
CFLAGS ?= $(OPT) -g
CFLAGS += -std=c11 -D_GNU_SOURCE $(WARN) -Iinclude -Isrc $(shell pkg-config --cflags libxml-2.0)
ifneq ($(WERROR),)
CFLAGS += -Werror
endif
ifneq ($(SANITIZE),)
CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
endif
LIBS = -lstemmer -lutf8proc -lsodium $(shell pkg-config --cflags --libs libxml-2.0) -lz -lm

# The pipeline, in dependency order; cli/ uses only include/recoupe.h.
LIB_SRC = $(wildcard src/base/*.c src/text/*.c src/ingest/*.c \
                     src/story/*.c src/digest/*.c src/eval/*.c)
CLI_SRC = $(wildcard src/cli/*.c)
TEST_SRC = $(wildcard tests/unit/*.c)
TOOL_SRC = $(wildcard tools/*.c)
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)

LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/%.o)
LIB = $(BUILD)/librecoupe.a
BIN = $(BUILD)/recoupe
TESTBIN = $(BUILD)/unit-tests
TOOLS = $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
REPLAY = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)

.PHONY: all check eval bench fuzz format install clean

all: $(BIN) $(TOOLS)

$(BUILD)/%.o: %.c include/recoupe.h $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LIBS)

$(TESTBIN): $(TEST_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LIBS)

$(BUILD)/tools/%: tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# Each fuzz target with a plain main() that replays its saved corpus, so
# every run of the suite exercises it with the ordinary compiler.
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LIBS)

check: $(BIN) $(TESTBIN) $(TOOLS) $(REPLAY)
	@sh tests/run.sh $(BUILD)

eval: $(BIN) $(TOOLS)
	@sh tools/eval.sh $(BUILD)

bench: $(BIN) $(TOOLS)
	@sh bench/run.sh $(BUILD)

# libFuzzer writes what it finds to build-fuzz/corpus/NAME and reads the
# saved corpus tests/fuzz/corpus/NAME; copy a finding there to keep it.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -O1 -g -Iinclude -Isrc \
              -fsanitize=fuzzer,address,undefined
fuzz:
	@mkdir -p build-fuzz
	@for f in $(FUZZ_SRC); do \
	  n=$$(basename $$f .c); \
	  clang $(FUZZ_CFLAGS) -o build-fuzz/$$n $$f $(LIB_SRC) $(LIBS) || exit 1; \
	  mkdir -p build-fuzz/corpus/$${n#fuzz_} tests/fuzz/corpus/$${n#fuzz_}; \
	  build-fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 build-fuzz/corpus/$${n#fuzz_} \
	    tests/fuzz/corpus/$${n#fuzz_} || exit 1; \
	done

format:
	clang-format -i include/*.h src/*/*.[ch] tests/unit/*.[ch] \
	  tests/fuzz/*.c tools/*.c

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/recoupe
	install -m 644 include/recoupe.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 completion/recoupe.bash \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/recoupe

clean:
	rm -rf build build-san build-fuzz
