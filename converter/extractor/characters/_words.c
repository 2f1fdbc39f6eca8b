/* A word list held compactly, for the text-layer check (textcheck.py: words; cleaner.py).
 *
 * A frozenset of the 100,000 words of a language costs a process 9 to 12 MB: a str
 * object of some 60 bytes per word, and a hash table of 16 bytes a slot at under
 * two-thirds full. Here the same words take some 3 MB: their UTF-8 text end to end,
 * where each starts, each one's hash, and an open-addressing table of 4 bytes a slot.
 *
 * Membership is exact, as the frozenset's: a word is found when its Python hash (the
 * str's own, cached in the object, so that a token already hashed costs nothing more)
 * and then its characters are equal to a listed word's. Anything that is no str is
 * not in the list (as 5 is in no frozenset of str).
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
    Py_hash_t *hashes;     /* count: each word's Python hash */
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

/* Whether the word at index k is the str s (its code points, against the stored UTF-8). */
static int
same_word(WordList *self, Py_ssize_t k, PyObject *s)
{
    const unsigned char *p = (const unsigned char *)self->text + self->starts[k];
    const unsigned char *end = (const unsigned char *)self->text + self->starts[k + 1];
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i = 0;
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
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
        if (i >= n || PyUnicode_READ(kind, data, i) != c)
            return 0;
        i++;
    }
    return i == n;
}

static int
wordlist_contains(WordList *self, PyObject *word)
{
    if (!PyUnicode_Check(word) || self->count == 0)
        return 0;
    Py_hash_t h = PyObject_Hash(word);
    if (h == -1)
        return -1;
    size_t perturb = (size_t)h, i = (size_t)h & self->mask;
    for (;;) {
        uint32_t at = self->slots[i];
        if (at == 0)
            return 0;
        if (self->hashes[at - 1] == h && same_word(self, at - 1, word))
            return 1;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & self->mask;
    }
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
    /* (one str at a time, for its hash and to know it is well formed UTF-8) */
    PyObject *word = PyUnicode_DecodeUTF8(utf8, length, "strict");
    if (!word)
        return -1;
    int found = wordlist_contains(self, word);
    Py_hash_t h = found == 0 ? PyObject_Hash(word) : -1;
    if (found == 0) {
        uint32_t mark = (uint32_t)self->count + 1;
        int kind = PyUnicode_KIND(word);
        const void *data = PyUnicode_DATA(word);
        for (Py_ssize_t i = 0, n = PyUnicode_GET_LENGTH(word); i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (last[c] != mark) {          /* (each letter once a word) */
                last[c] = mark;
                counts[c]++;
            }
        }
    }
    Py_DECREF(word);
    if (found)                       /* listed already (1), or an error (-1) */
        return found < 0 ? -1 : 0;
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
    size_t perturb = (size_t)h, i = (size_t)h & self->mask;
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
    self->hashes = PyMem_Malloc(((size_t)n + 1) * sizeof(Py_hash_t));
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

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_words",
    "A word list held compactly (see textcheck.py: words).", -1, NULL
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
