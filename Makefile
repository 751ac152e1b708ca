# tocsin build. `make` builds build/tocsin and build/libtocsin.a;
# `make check` runs every test, then again under ASan+UBSan; `make demo` sets up and shows.
CC      ?= cc
BUILD   ?= build
OPT     ?= -O2 -g
SAN     ?=
CFLAGS  += -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Wshadow \
           -Wstrict-prototypes -Wno-unused-parameter $(OPT) $(SAN) -Iinclude -MMD -MP
CFLAGS  += -DTOCSIN_DICT_DIR='"$(CURDIR)/dict"' -DTOCSIN_GEN_DIR='"$(CURDIR)/build/dict"'
LDFLAGS += $(SAN)
LDLIBS  += -lm -lpthread -lsqlite3

# Input formats (src/read/, docs/input.md): Debian's poppler-glib (GPL-2+), cairo,
# tesseract, libxml2 and jansson, found through pkg-config. Poppler, cairo and
# tesseract link only into the PDF module, $(BUILD)/tocsin-pdf.so (src/read/pdf/),
# which the library loads on the first PDF: linked into every program they cost
# each start some 30 ms of dynamic linking. Programs linked with libtocsin export
# the few functions the module calls (HOST_LDFLAGS).
READ_PKGS := libxml-2.0 jansson
PDF_PKGS  := poppler-glib cairo tesseract
CFLAGS  += $(shell pkg-config --cflags $(READ_PKGS) $(PDF_PKGS) 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs $(READ_PKGS) 2>/dev/null)
PDF_LIBS := $(shell pkg-config --libs $(PDF_PKGS) 2>/dev/null)
HOST_LIST := src/read/pdf/host.list
HOST_LDFLAGS := -Wl,--dynamic-list=$(CURDIR)/$(HOST_LIST)
CFLAGS  += -DTOCSIN_PDF_MODULE_PATH='"$(CURDIR)/$(BUILD)/tocsin-pdf.so"'

LIB_SRC  := $(sort $(wildcard src/*/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
PDF_SRC  := $(sort $(wildcard src/read/pdf/*.c))
PDF_OBJ  := $(PDF_SRC:%.c=$(BUILD)/pic/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/obj/%.o)
ISO_JSON ?= /usr/share/iso-codes/json/iso_3166-1.json
GEN_DICT := build/dict/iso3166.txt

.PHONY: all check test unit golden asan ubsan tsan sanitize leakcheck demo deps bench clean fuzz validate

all: $(BUILD)/tocsin $(BUILD)/tocsin-pdf.so $(GEN_DICT)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# The PDF module: position-independent, everything hidden but its two entry points.
$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

$(BUILD)/tocsin-pdf.so: $(PDF_OBJ)
	$(CC) $(LDFLAGS) -shared -o $@ $^ $(PDF_LIBS) -lm -lpthread

$(BUILD)/libtocsin.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/tocsin: $(CLI_OBJ) $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

$(BUILD)/test-unit: $(UNIT_OBJ) $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

# The fuzz target as a replay driver (run by the test suite) ...
$(BUILD)/fuzz-replay: fuzz/fuzz_doc.c $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(CFLAGS) -DFUZZ_STANDALONE $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

$(BUILD)/fuzz-replay-pattern: fuzz/fuzz_pattern.c $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(CFLAGS) -DFUZZ_STANDALONE $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

# ... and under libFuzzer (clang): make fuzz; build-fuzz/fuzz_doc -max_total_time=60
# (build-fuzz/fuzz_pattern: TABARI/PETRARCH dictionaries and the pattern coder)
fuzz:
	$(MAKE) build-fuzz/libtocsin.a build-fuzz/tocsin-pdf.so BUILD=build-fuzz CC=clang OPT='-O1 -g' SAN='-fsanitize=fuzzer-no-link,address,undefined'
	clang -std=c17 -g -fsanitize=fuzzer,address,undefined -Iinclude \
	    fuzz/fuzz_doc.c build-fuzz/libtocsin.a $(HOST_LDFLAGS) $(LDLIBS) -o build-fuzz/fuzz_doc
	clang -std=c17 -g -fsanitize=fuzzer,address,undefined -Iinclude \
	    fuzz/fuzz_pattern.c build-fuzz/libtocsin.a $(HOST_LDFLAGS) $(LDLIBS) -o build-fuzz/fuzz_pattern

# Country names and codes come from Debian's iso-codes at build time.
$(GEN_DICT): tools/gen-iso3166.sh $(ISO_JSON)
	@mkdir -p $(dir $@)
	sh tools/gen-iso3166.sh $(ISO_JSON) > $@.tmp && mv $@.tmp $@

unit: $(BUILD)/test-unit $(GEN_DICT)
	$(BUILD)/test-unit

# Writes the test PDFs (text layer, two columns, links; 300-dpi scans) at test time.
$(BUILD)/make-test-pdf: tools/make-test-pdf.c $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(CFLAGS) $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS) $(PDF_LIBS)

test: $(BUILD)/tocsin $(BUILD)/tocsin-pdf.so $(BUILD)/test-unit $(BUILD)/fuzz-replay $(BUILD)/fuzz-replay-pattern $(BUILD)/make-test-pdf $(GEN_DICT)
	BUILD=$(BUILD) sh tests/run.sh

# The whole suite, then again under AddressSanitizer + UndefinedBehaviorSanitizer.
check: deps-check
	$(MAKE) test
	$(MAKE) test BUILD=build-san OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined'
	$(MAKE) tsan
	@echo "check: all suites passed (plain, ASan+UBSan, and the threaded CLI under TSan)"

asan sanitize:
	$(MAKE) test BUILD=build-san OPT='-O1 -g -fno-omit-frame-pointer' \
	    SAN='-fsanitize=address,undefined -fno-sanitize-recover=undefined'
ubsan: asan

# reading and coding on threads (-j) under ThreadSanitizer (tests/threads.sh)
tsan:
	$(MAKE) BUILD=build-tsan OPT='-O1 -g' SAN='-fsanitize=thread' build-tsan/tocsin build-tsan/tocsin-pdf.so build-tsan/make-test-pdf
	BUILD=build-tsan sh tests/threads.sh

leakcheck: $(BUILD)/tocsin $(BUILD)/test-unit $(GEN_DICT)
	valgrind --error-exitcode=2 --leak-check=full --errors-for-leak-kinds=definite -q $(BUILD)/test-unit
	valgrind --error-exitcode=2 --leak-check=full --errors-for-leak-kinds=definite -q \
	    $(BUILD)/tocsin code examples/*.md examples/*.txt > /dev/null

# The TABARI and PETRARCH validation suites from ../shared/data, then tocsin's own dictionaries
# on the two gold sets and the CAMEO manual's examples: writes docs/validation.md and fails
# below the floors (tests/validate/floors.txt, the gold scorers') (tools/validate.sh).
validate: $(BUILD)/tocsin $(GEN_DICT)
	BUILD=$(BUILD) sh tools/validate.sh

deps:
	sh tools/install-deps.sh

deps-check:
	@sh tools/install-deps.sh --if-missing

demo: deps all
	sh tools/demo.sh

$(BUILD)/bench: bench/bench.c $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(CFLAGS) $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

# TABARI/PETRARCH dictionary load time, peak memory and coding speed (../shared/data)
$(BUILD)/bench-dicts: bench/dicts.c $(BUILD)/libtocsin.a $(HOST_LIST)
	$(CC) $(CFLAGS) $(LDFLAGS) $(HOST_LDFLAGS) -o $@ $(filter-out $(HOST_LIST),$^) $(LDLIBS)

bench: all $(BUILD)/bench $(BUILD)/bench-dicts
	BUILD=$(BUILD) sh bench/run.sh

clean:
	rm -rf build build-san build-tsan build-fuzz

-include $(LIB_OBJ:.o=.d) $(PDF_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d)
