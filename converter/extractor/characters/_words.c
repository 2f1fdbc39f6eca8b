/* A word list held compactly, for the text-layer check (textcheck.py: words; cleaner.py).
 *
 * A frozenset of the 100,000 words of a language costs a process 9 to 12 MB: a str
 * object of some 60 bytes per word, and a hash table of 16 bytes a slot at under
 * two-thirds full. Here the same words take some 3 MB: their UTF-8 text end to end,
 * where each starts, each one's hash, and an open-addressing table of 4 bytes a slot.
 *
 * Membership is exact, as the frozenset's: a word is found when its hash (a polynomial
 * in its code points: see code_hash) and then its characters are equal to a listed
 * word's. Anything that is no str is not in the list (as 5 is in no frozenset of str).
 * The hash lets one_letter_repairs try every change of one letter of a word without
 * making the strings.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    Py_ssize_t count;
    char *text;            /* the words' UTF-8, end to end */
    uint32_t *starts;      /* count + 1: where each word starts in text */
    uint64_t *hashes;      /* count: each word's hash (see code_hash) */
    uint32_t *slots;       /* mask + 1: a word's index + 1, or 0 (empty) */
    size_t mask;
    PyObject *letters;     /* {letter: how many words hold it}, counted as they are added */
} WordList;

static void
wordlist_dealloc(WordList *self)
{
    PyMem_Free(self->text);
    PyMem_Free(self->starts);
    PyMem_Free(self->hashes);
    PyMem_Free(self->slots);
    Py_XDECREF(self->letters);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* A word's hash: a polynomial in its code points, so that the hash of the word with one
 * letter changed is one multiplication away (see one_letter_repairs); mixed (splitmix64's
 * finalizer) for its slot. Equal hashes are then told apart by the characters. */
#define BASE 1000003ULL

static uint64_t
code_hash(int kind, const void *data, Py_ssize_t n)
{
    uint64_t h = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        h = h * BASE + (uint64_t)PyUnicode_READ(kind, data, i) + 1;
    return h;
}

static size_t
slot_of(uint64_t h)
{
    h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27; h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return (size_t)h;
}

/* Whether the word at index k is the code points data[0:n] (the one at ``at``, if not
 * -1, taken as ``meant``), against the stored UTF-8. */
static int
same_word(WordList *self, Py_ssize_t k, int kind, const void *data, Py_ssize_t n,
          Py_ssize_t at, Py_UCS4 meant)
{
    const unsigned char *p = (const unsigned char *)self->text + self->starts[k];
    const unsigned char *end = (const unsigned char *)self->text + self->starts[k + 1];
    Py_ssize_t i = 0;
    while (p < end) {
        Py_UCS4 c;
        unsigned char b = *p;
        /* (the text was decoded once as it was added: well formed) */
        if (b < 0x80) {
            c = b; p += 1;
        } else if (b < 0xE0) {
            c = ((Py_UCS4)(b & 0x1F) << 6) | (p[1] & 0x3F); p += 2;
        } else if (b < 0xF0) {
            c = ((Py_UCS4)(b & 0x0F) << 12) | ((Py_UCS4)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
        } else {
            c = ((Py_UCS4)(b & 0x07) << 18) | ((Py_UCS4)(p[1] & 0x3F) << 12) |
                ((Py_UCS4)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            p += 4;
        }
        if (i >= n || (i == at ? meant : PyUnicode_READ(kind, data, i)) != c)
            return 0;
        i++;
    }
    return i == n;
}

/* The index of the word of hash h and those code points (see same_word), or -1. */
static Py_ssize_t
find(WordList *self, uint64_t h, int kind, const void *data, Py_ssize_t n,
     Py_ssize_t at, Py_UCS4 meant)
{
    size_t mixed = slot_of(h), perturb = mixed, i = mixed & self->mask;
    for (;;) {
        uint32_t k = self->slots[i];
        if (k == 0)
            return -1;
        if (self->hashes[k - 1] == h && same_word(self, k - 1, kind, data, n, at, meant))
            return k - 1;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & self->mask;
    }
}

static int
wordlist_contains(WordList *self, PyObject *word)
{
    if (!PyUnicode_Check(word) || self->count == 0)
        return 0;
    if (PyUnicode_READY(word) < 0)      /* (a no-op past Python 3.11) */
        return -1;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    return find(self, code_hash(kind, data, n), kind, data, n, -1, 0) >= 0;
}

/* one_letter_repairs(word, letters): the (shown, meant) pairs, in the order of the
 * word's characters then of the letters, such that the word with its character
 * ``shown`` changed for the letter ``meant`` (another) is listed: what
 * textcheck.broken_pages looks for, without making each of those strings. */
static PyObject *
wordlist_one_letter_repairs(WordList *self, PyObject *args)
{
    PyObject *word, *letters;
    if (!PyArg_ParseTuple(args, "UU:one_letter_repairs", &word, &letters))
        return NULL;
    if (PyUnicode_READY(word) < 0 || PyUnicode_READY(letters) < 0)
        return NULL;
    PyObject *found = PyList_New(0);
    if (!found || self->count == 0)
        return found;
    int kind = PyUnicode_KIND(word), lkind = PyUnicode_KIND(letters);
    const void *data = PyUnicode_DATA(word), *ldata = PyUnicode_DATA(letters);
    Py_ssize_t n = PyUnicode_GET_LENGTH(word), m = PyUnicode_GET_LENGTH(letters);
    uint64_t h = code_hash(kind, data, n), weight;
    /* the weight of place i: BASE ** (n - 1 - i) */
    uint64_t *weights = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(uint64_t));
    if (!weights) {
        Py_DECREF(found);
        return PyErr_NoMemory();
    }
    weight = 1;
    for (Py_ssize_t i = n - 1; i >= 0; i--, weight *= BASE)
        weights[i] = weight;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 shown = PyUnicode_READ(kind, data, i);
        for (Py_ssize_t j = 0; j < m; j++) {
            Py_UCS4 meant = PyUnicode_READ(lkind, ldata, j);
            if (meant == shown)
                continue;
            uint64_t changed = h + ((uint64_t)meant - (uint64_t)shown) * weights[i];
            if (find(self, changed, kind, data, n, i, meant) < 0)
                continue;
            PyObject *pair = Py_BuildValue("(NN)", PyUnicode_FromOrdinal((int)shown),
                                           PyUnicode_FromOrdinal((int)meant));
            if (!pair || PyList_Append(found, pair) < 0) {
                Py_XDECREF(pair);
                Py_DECREF(found);
                PyMem_Free(weights);
                return NULL;
            }
            Py_DECREF(pair);
        }
    }
    PyMem_Free(weights);
    return found;
}

static Py_ssize_t
wordlist_length(WordList *self)
{
    return self->count;
}

#define CODE_POINTS 0x110000

/* Adds the word held in utf8[0:length] (-1 on error). ``counts``: per code point, how
 * many words added hold it; ``last``: per code point, the last word that did, + 1. */
static int
add_word(WordList *self, const char *utf8, Py_ssize_t length, size_t *used, size_t *room,
         uint32_t *counts, uint32_t *last)
{
    /* (one str at a time: its code points, and that it is well formed UTF-8) */
    PyObject *word = PyUnicode_DecodeUTF8(utf8, length, "strict");
    if (!word)
        return -1;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    Py_ssize_t letters = PyUnicode_GET_LENGTH(word);
    uint64_t h = code_hash(kind, data, letters);
    int found = find(self, h, kind, data, letters, -1, 0) >= 0;
    if (found == 0) {
        uint32_t mark = (uint32_t)self->count + 1;
        for (Py_ssize_t i = 0; i < letters; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (last[c] != mark) {          /* (each letter once a word) */
                last[c] = mark;
                counts[c]++;
            }
        }
    }
    Py_DECREF(word);
    if (found)                       /* listed already */
        return 0;
    if (*used + (size_t)length >= UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "word list too long");
        return -1;
    }
    if (*used + (size_t)length > *room) {
        while (*used + (size_t)length > *room)
            *room *= 2;
        char *grown = PyMem_Realloc(self->text, *room);
        if (!grown) {
            PyErr_NoMemory();
            return -1;
        }
        self->text = grown;
    }
    Py_ssize_t k = self->count;
    memcpy(self->text + *used, utf8, (size_t)length);
    self->starts[k] = (uint32_t)*used;
    *used += (size_t)length;
    self->starts[k + 1] = (uint32_t)*used;
    self->hashes[k] = h;
    size_t mixed = slot_of(h), perturb = mixed, i = mixed & self->mask;
    while (self->slots[i]) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & self->mask;
    }
    self->slots[i] = (uint32_t)(k + 1);
    self->count = k + 1;
    return 0;
}

static int
is_space(unsigned char b)
{
    /* ASCII whitespace and the separators str.split() cuts at (the lists hold one word
     * a line, of letters only) */
    return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1c && b <= 0x1f);
}

/* WordList(data): data, the words in UTF-8, one a line (repeated ones are listed once),
 * as the list files hold them: no str is made of the whole, nor kept of a word. */
static PyObject *
wordlist_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    Py_buffer data;
    if (kwargs && PyDict_GET_SIZE(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "WordList() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "y*:WordList", &data))
        return NULL;
    const char *bytes = data.buf;
    Py_ssize_t size = data.len, n = 0;
    for (Py_ssize_t j = 0; j < size; j++)          /* the words: where one starts */
        n += !is_space((unsigned char)bytes[j]) && (j == 0 || is_space((unsigned char)bytes[j - 1]));
    WordList *self = NULL;
    /* (zeroed pages the system gives as they are touched: the few code points of a
     * language's letters) */
    uint32_t *counts = PyMem_Calloc(CODE_POINTS, sizeof(uint32_t));
    uint32_t *last = PyMem_Calloc(CODE_POINTS, sizeof(uint32_t));
    if (!counts || !last) {
        PyErr_NoMemory();
        goto done;
    }
    if (n >= UINT32_MAX / 2) {
        PyErr_SetString(PyExc_OverflowError, "too many words");
        goto done;
    }
    self = (WordList *)type->tp_alloc(type, 0);
    if (!self)
        goto done;
    size_t slots = 8;
    while (slots < 2 * (size_t)n)     /* at most half full: short probes */
        slots <<= 1;
    self->mask = slots - 1;
    self->slots = PyMem_Calloc(slots, sizeof(uint32_t));
    self->starts = PyMem_Malloc(((size_t)n + 1) * sizeof(uint32_t));
    self->hashes = PyMem_Malloc(((size_t)n + 1) * sizeof(uint64_t));
    size_t room = 1024, used = 0;
    self->text = PyMem_Malloc(room);
    if (!self->slots || !self->starts || !self->hashes || !self->text) {
        PyErr_NoMemory();
        Py_CLEAR(self);
        goto done;
    }
    self->starts[0] = 0;
    for (Py_ssize_t j = 0; j < size;) {
        while (j < size && is_space((unsigned char)bytes[j]))
            j++;
        Py_ssize_t begin = j;
        while (j < size && !is_space((unsigned char)bytes[j]))
            j++;
        if (j > begin && add_word(self, bytes + begin, j - begin, &used, &room,
                                  counts, last) < 0) {
            Py_CLEAR(self);
            goto done;
        }
    }
    if (!(self->letters = PyDict_New())) {
        Py_CLEAR(self);
        goto done;
    }
    for (Py_UCS4 c = 0; c < CODE_POINTS; c++) {
        if (!counts[c])
            continue;
        PyObject *letter = PyUnicode_FromOrdinal((int)c), *count = PyLong_FromUnsignedLong(counts[c]);
        int failed = !letter || !count || PyDict_SetItem(self->letters, letter, count) < 0;
        Py_XDECREF(letter);
        Py_XDECREF(count);
        if (failed) {
            Py_CLEAR(self);
            goto done;
        }
    }
    /* (the text trimmed to what it holds) */
    char *trimmed = PyMem_Realloc(self->text, used ? used : 1);
    if (trimmed)
        self->text = trimmed;
done:
    PyMem_Free(counts);
    PyMem_Free(last);
    PyBuffer_Release(&data);
    return (PyObject *)self;
}

static PyObject *
wordlist_letter_counts(WordList *self, PyObject *unused)
{
    return PyDict_Copy(self->letters);
}

static PyMethodDef wordlist_methods[] = {
    {"letter_counts", (PyCFunction)wordlist_letter_counts, METH_NOARGS,
     "letter_counts() -> {letter: how many of the words hold it}."},
    {"one_letter_repairs", (PyCFunction)wordlist_one_letter_repairs, METH_VARARGS,
     "one_letter_repairs(word, letters) -> [(shown, meant)]: the changes of one of the\n"
     "word's characters for another of the letters that make a listed word."},
    {NULL, NULL, 0, NULL}
};

static PySequenceMethods wordlist_as_sequence = {
    .sq_length = (lenfunc)wordlist_length,
    .sq_contains = (objobjproc)wordlist_contains,
};

static PyTypeObject WordListType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "converter.extractor.characters._words.WordList",
    .tp_basicsize = sizeof(WordList),
    .tp_dealloc = (destructor)wordlist_dealloc,
    .tp_as_sequence = &wordlist_as_sequence,
    .tp_methods = wordlist_methods,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "WordList(data): the words of data (UTF-8, one a line), for `in` and len()\n"
              "(see textcheck.words).",
    .tp_new = wordlist_new,
};

/* count_words(text, counts): each word of text (a run of characters that str.isalnum
 * takes, which is what the pattern [^\W_]+ matches) counted into the dict counts, in
 * the order first met, as counts.update(re.findall(r"[^\W_]+", text)) counts them. The
 * validator's lost-word check counts every word of the input and of the output so. */
static inline int
is_alnum(Py_UCS4 c)
{
    if (c < 128)        /* (most characters: the Unicode tables asked only past ASCII) */
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return Py_UNICODE_ISALNUM(c);
}

static inline int
is_letter(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return Py_UNICODE_ISALNUM(c) && !Py_UNICODE_ISDECIMAL(c);
}

/* A str's code points as the scans below read them. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

static int
text_of(PyObject *text, Text *t)
{
    if (PyUnicode_READY(text) < 0)
        return 0;
    t->kind = PyUnicode_KIND(text);
    t->data = PyUnicode_DATA(text);
    t->n = PyUnicode_GET_LENGTH(text);
    return 1;
}

#define AT(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* The next run of characters that in_run takes in t, from *at on: its start, and *at
 * past its end; -1 (and *at at the end) where there is none. */
static inline Py_ssize_t
next_run(const Text *t, Py_ssize_t *at, int (*in_run)(Py_UCS4))
{
    Py_ssize_t i = *at, n = t->n;
    while (i < n && !in_run(AT(t, i)))
        i++;
    Py_ssize_t start = i < n ? i : -1;
    while (i < n && in_run(AT(t, i)))
        i++;
    *at = i;
    return start;
}

static PyObject *
count_words(PyObject *self, PyObject *args)
{
    PyObject *text, *counts;
    if (!PyArg_ParseTuple(args, "UO!:count_words", &text, &PyDict_Type, &counts))
        return NULL;
    Text t;
    if (!text_of(text, &t))
        return NULL;
    Py_ssize_t i = 0;
    PyObject *one = PyLong_FromLong(1);
    if (!one)
        return NULL;
    Py_ssize_t start;
    while ((start = next_run(&t, &i, is_alnum)) >= 0) {
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (!word)
            goto fail;
        PyObject *seen = PyDict_GetItemWithError(counts, word);
        PyObject *count;
        if (seen)
            count = PyNumber_Add(seen, one);
        else if (PyErr_Occurred())
            count = NULL;
        else {
            count = one;
            Py_INCREF(count);
        }
        int failed = !count || PyDict_SetItem(counts, word, count) < 0;
        Py_XDECREF(count);
        Py_DECREF(word);
        if (failed)
            goto fail;
    }
    Py_DECREF(one);
    Py_RETURN_NONE;
fail:
    Py_DECREF(one);
    return NULL;
}

/* word_pairs(text, wanted, before): the pairs of words of text (see count_words) that
 * follow each other and are both in the set wanted, in order, and the last word of
 * text (before where it has none): (pairs, last). before, the last word of the text
 * just before (or None), pairs with text's first. */
static PyObject *
word_pairs(PyObject *self, PyObject *args)
{
    PyObject *text, *wanted, *before;
    if (!PyArg_ParseTuple(args, "UO!O:word_pairs", &text, &PySet_Type, &wanted, &before))
        return NULL;
    if (before != Py_None && !PyUnicode_Check(before)) {
        PyErr_SetString(PyExc_TypeError, "word_pairs: before is a str or None");
        return NULL;
    }
    Text t;
    if (!text_of(text, &t))
        return NULL;
    Py_ssize_t i = 0;
    PyObject *pairs = PyList_New(0), *last = before;
    Py_INCREF(last);
    if (!pairs)
        goto fail;
    int last_in = before == Py_None ? 0 : PySet_Contains(wanted, before);
    if (last_in < 0)
        goto fail;
    Py_ssize_t start;
    while ((start = next_run(&t, &i, is_alnum)) >= 0) {
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (!word)
            goto fail;
        int in = PySet_Contains(wanted, word);
        if (in < 0) {
            Py_DECREF(word);
            goto fail;
        }
        if (in && last_in) {
            PyObject *pair = PyTuple_Pack(2, last, word);
            if (!pair || PyList_Append(pairs, pair) < 0) {
                Py_XDECREF(pair);
                Py_DECREF(word);
                goto fail;
            }
            Py_DECREF(pair);
        }
        Py_DECREF(last);
        last = word;            /* (the reference made above) */
        last_in = in;
    }
    PyObject *result = Py_BuildValue("(NN)", pairs, last);
    return result;
fail:
    Py_XDECREF(pairs);
    Py_DECREF(last);
    return NULL;
}

/* Append text[start:end] to list: 0, or -1 with an error set. */
static int
append_slice(PyObject *list, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *piece = PyUnicode_Substring(text, start, end);
    int failed = !piece || PyList_Append(list, piece) < 0;
    Py_XDECREF(piece);
    return failed ? -1 : 0;
}

/* letter_runs(text, least): the runs of letters of text (characters that str.isalnum
 * takes and str.isdecimal does not: what [^\W\d_] matches), of least characters or
 * more, in order: re.findall(r"[^\W\d_]{least,}", text). The text check's words and
 * the cleaner's halves of a split word. */
static PyObject *
letter_runs(PyObject *self, PyObject *args)
{
    PyObject *text;
    Py_ssize_t least;
    if (!PyArg_ParseTuple(args, "Un:letter_runs", &text, &least))
        return NULL;
    Text t;
    if (!text_of(text, &t))
        return NULL;
    Py_ssize_t i = 0;
    PyObject *runs = PyList_New(0);
    if (!runs)
        return NULL;
    Py_ssize_t start;
    while ((start = next_run(&t, &i, is_letter)) >= 0) {
        if (i - start >= least && append_slice(runs, text, start, i) < 0) {
            Py_DECREF(runs);
            return NULL;
        }
    }
    return runs;
}

/* compounds(text): the words of text (runs of str.isalnum characters), a compound's
 * parts joined by a hyphen-minus or U+2010 kept whole ("non-self-governing"), in order:
 * re.findall(r"[^\W_]+(?:[-\u2010][^\W_]+)*", text). The cleaner's vocabulary. */
static PyObject *
compounds(PyObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "compounds: a str");
        return NULL;
    }
    Text t;
    if (!text_of(arg, &t))
        return NULL;
    Py_ssize_t i = 0, n = t.n;
    PyObject *found = PyList_New(0);
    if (!found)
        return NULL;
    Py_ssize_t start;
    while ((start = next_run(&t, &i, is_alnum)) >= 0) {
        /* a hyphen between two parts: the compound goes on */
        while (i + 1 < n && (AT(&t, i) == '-' || AT(&t, i) == 0x2010) &&
                is_alnum(AT(&t, i + 1))) {
            i++;
            next_run(&t, &i, is_alnum);
        }
        if (append_slice(found, arg, start, i) < 0) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

static PyMethodDef module_functions[] = {
    {"compounds", compounds, METH_O,
     "compounds(text) -> the words of text, compounds whole "
     "(re.findall(r'[^\\W_]+(?:[-\\u2010][^\\W_]+)*', text))."},
    {"letter_runs", letter_runs, METH_VARARGS,
     "letter_runs(text, least) -> the runs of letters of text of least characters or "
     "more (re.findall(r'[^\\W\\d_]{least,}', text))."},
    {"word_pairs", word_pairs, METH_VARARGS,
     "word_pairs(text, wanted, before) -> (pairs, last): the words of text that follow "
     "each other and are both in the set wanted (see count_words), before pairing with "
     "the first."},
    {"count_words", count_words, METH_VARARGS,
     "count_words(text, counts): each run of str.isalnum characters of text counted "
     "into the dict counts (as Counter.update of re.findall(r'[^\\W_]+', text))."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_words",
    "A word list held compactly (see textcheck.py: words), and the word scans the "
    "text check, the cleaner and the validator make (count_words, word_pairs, "
    "letter_runs, compounds).", -1, module_functions
};

PyMODINIT_FUNC
PyInit__words(void)
{
    if (PyType_Ready(&WordListType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Py_INCREF(&WordListType);
    if (PyModule_AddObject(m, "WordList", (PyObject *)&WordListType) < 0) {
        Py_DECREF(&WordListType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
