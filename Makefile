# recoupe - build, test, evaluate, benchmark.
#
#   make                 library + command-line program (build/recoupe)
#   make check           the test suite; ends with "N passed, M failed"
#   make check SANITIZE=address,undefined   the same under sanitizers
#   make eval            quality figures against ../shared/data
#   make bench           throughput and peak memory
#   make fuzz            libFuzzer targets (clang); FUZZ_SECONDS per target
#   make format          clang-format the sources
#   make install         PREFIX=/usr/local (DESTDIR for staging)
#   make uninstall       removes what install put there
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
CFLAGS += -std=c11 -D_GNU_SOURCE $(WARN) -Iinclude -Isrc $(shell pkg-config --cflags libxml-2.0 icu-i18n)
# The library's objects also go into librecoupe.so: position-independent,
# and calls between them bound inside the library.
PIC = -fPIC -fno-semantic-interposition
ifneq ($(WERROR),)
CFLAGS += -Werror
endif
ifneq ($(SANITIZE),)
CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=$(SANITIZE)
endif
LIBS = -lstemmer -lutf8proc -lsodium $(shell pkg-config --cflags --libs libxml-2.0 icu-i18n icu-uc) -lsqlite3 -lz -lm

# The pipeline, in dependency order; cli/ uses only include/recoupe.h.
LIB_SRC = $(wildcard src/base/*.c src/text/*.c src/ingest/*.c \
                     src/story/*.c src/analysis/*.c src/digest/*.c src/eval/*.c \
                     src/store/*.c)
CLI_SRC = $(wildcard src/cli/*.c)
TEST_SRC = $(wildcard tests/unit/*.c)
TOOL_SRC = $(wildcard tools/*.c)
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
# make fuzz FUZZ="pipeline feed": only those targets
FUZZ_RUN = $(if $(FUZZ),$(FUZZ:%=tests/fuzz/fuzz_%.c),$(FUZZ_SRC))

LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/%.o)
LIB = $(BUILD)/librecoupe.a
# The shared library: soname librecoupe.so.$(SOVERSION); its version
# script (librecoupe.map) exports the public API (rcp_ but not rcp__).
SOVERSION = 0
VERSION = $(shell sed -n 's/^\#define RCP_VERSION "\(.*\)"/\1/p' include/recoupe.h)
SOLIB = $(BUILD)/librecoupe.so.$(VERSION)
BIN = $(BUILD)/recoupe
TESTBIN = $(BUILD)/unit-tests
TOOLS = $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
REPLAY = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)

.PHONY: all lib check eval bench fuzz format install uninstall clean FORCE

all: $(BIN) $(TOOLS) $(SOLIB)

# the two libraries alone (what `pip install .` builds, see python/)
lib: $(LIB) $(SOLIB)

# Everything compiled depends on the flags it was compiled with: a build
# directory reused with another OPT or -D (a tuning build) is rebuilt, not
# mixed. The file changes only when the flags do; the line is expanded
# here, once, so that a target's own CFLAGS (the library's $(PIC)) do not
# make it differ from one target to the next.
FLAGS = $(BUILD)/.flags
FLAGS_LINE := $(CC) $(CFLAGS) $(PIC) $(LDFLAGS)
$(FLAGS): FORCE
	@mkdir -p $(BUILD)
	@echo '$(FLAGS_LINE)' | cmp -s - $@ || echo '$(FLAGS_LINE)' > $@

$(BUILD)/%.o: %.c include/recoupe.h $(wildcard src/*/*.h) $(FLAGS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(LIB_OBJ): CFLAGS += $(PIC)

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SOLIB): $(LIB_OBJ) librecoupe.map
	$(CC) $(LDFLAGS) -shared -Wl,-soname,librecoupe.so.$(SOVERSION) \
	  -Wl,--version-script=librecoupe.map -Wl,-z,defs -o $@ $(LIB_OBJ) $(LIBS)
	ln -sf librecoupe.so.$(VERSION) $(BUILD)/librecoupe.so.$(SOVERSION)
	ln -sf librecoupe.so.$(SOVERSION) $(BUILD)/librecoupe.so

# The program alone links the web server (recoupe serve), and mimalloc in
# place of the C library's malloc (linked, it takes malloc for the whole
# process, SQLite's and libxml2's too): `recoupe add` spends a tenth of
# its time in glibc's malloc, whose heap fragments as the digests come and
# go (BENCHMARKS.md, "The store, thirteenth session"). Not in a sanitizer
# build, whose runtime must keep malloc; MALLOC_LIB= links glibc's.
ifeq ($(SANITIZE),)
MALLOC_LIB ?= -lmimalloc
endif
$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LIBS) -lmicrohttpd $(MALLOC_LIB)

$(TESTBIN): $(TEST_OBJ) $(LIB)
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LIBS)

$(BUILD)/tools/%: tools/%.c $(LIB) $(FLAGS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# Each fuzz target with a plain main() that replays its saved corpus, so
# every run of the suite exercises it with the ordinary compiler.
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(LIB) $(FLAGS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LIBS)

check: $(BIN) $(TESTBIN) $(TOOLS) $(REPLAY) $(SOLIB)
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
	@for f in $(FUZZ_RUN); do \
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

# Installed layout; DESTDIR stages it elsewhere (packaging, tests).
BINDIR = $(PREFIX)/bin
INCDIR = $(PREFIX)/include
LIBDIR = $(PREFIX)/lib
PCDIR = $(LIBDIR)/pkgconfig
MANDIR = $(PREFIX)/share/man
COMPDIR = $(PREFIX)/share/bash-completion/completions
MAN1 = $(wildcard man/*.1)
MAN3 = $(wildcard man/*.3)
COMPLETION = $(wildcard completion/recoupe.bash)

install: $(BIN) $(LIB) $(SOLIB)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCDIR) $(DESTDIR)$(LIBDIR) \
	  $(DESTDIR)$(PCDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/recoupe
	install -m 644 include/recoupe.h $(DESTDIR)$(INCDIR)/
	install -m 644 $(LIB) $(DESTDIR)$(LIBDIR)/
	install -m 755 $(SOLIB) $(DESTDIR)$(LIBDIR)/
	ln -sf librecoupe.so.$(VERSION) $(DESTDIR)$(LIBDIR)/librecoupe.so.$(SOVERSION)
	ln -sf librecoupe.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/librecoupe.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	  -e 's|@INCDIR@|$(INCDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	  recoupe.pc.in >$(DESTDIR)$(PCDIR)/recoupe.pc
	chmod 644 $(DESTDIR)$(PCDIR)/recoupe.pc
	$(if $(MAN1),install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/)
	$(if $(MAN3),install -m 644 $(MAN3) $(DESTDIR)$(MANDIR)/man3/)
ifneq ($(COMPLETION),)
	install -d $(DESTDIR)$(COMPDIR)
	install -m 644 $(COMPLETION) $(DESTDIR)$(COMPDIR)/recoupe
endif

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/recoupe $(DESTDIR)$(INCDIR)/recoupe.h \
	  $(DESTDIR)$(LIBDIR)/librecoupe.a $(DESTDIR)$(LIBDIR)/librecoupe.so \
	  $(DESTDIR)$(LIBDIR)/librecoupe.so.$(SOVERSION) \
	  $(DESTDIR)$(LIBDIR)/librecoupe.so.$(VERSION) \
	  $(DESTDIR)$(PCDIR)/recoupe.pc $(DESTDIR)$(COMPDIR)/recoupe \
	  $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1))) \
	  $(addprefix $(DESTDIR)$(MANDIR)/man3/,$(notdir $(MAN3)))

clean:
	rm -rf build build-san build-fuzz
