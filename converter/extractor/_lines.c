/* The page model's per-character work on lines, in C (page.py imports it as LINES_C
 * and binds it to its Char; the pure-Python paths in page.py and readers/lines.py give
 * the same results and run where this module is not built).
 *
 * Every character of every page passes through these loops: grouped into lines and
 * given word spaces (readers/lines.py: group_lines, place_spaces), then each line's box,
 * size, text and fonts read (page.py: Line). In Python each character costs several
 * attribute lookups and comparisons; here the same comparisons are made on the same
 * doubles, in the same order, so the results are the Python paths' to the last bit:
 * the figures returned are the characters' own objects (the one min() or max() would
 * pick: the first of equals), and a character whose position is not a plain float
 * sends the whole call back to Python (NotImplemented), which then does it all.
 *
 * A character's fields are read straight from its slots when it is a page.Char (bind()
 * gives the class; its slots' places are read from its member descriptors), else
 * through getattr. Built with -ffp-contract=off (setup.py): no fused multiply-add, as
 * Python computes a * b + c in two roundings.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

enum { TEXT, FONT, SIZE, X0, X1, Y0, Y1, FIELDS };
static const char *field_names[FIELDS] = {"text", "font", "size", "x0", "x1", "y0", "y1"};
static PyObject *names[FIELDS];          /* interned */
static PyObject *empty, *strip;          /* "" (joins texts), "strip" */
static PyTypeObject *char_type;          /* page.Char, once bound */
static Py_ssize_t offsets[FIELDS];       /* its named slots' places in the object */
#define MAX_SLOTS 16
static Py_ssize_t all_slots[MAX_SLOTS];  /* all its slots' (a word space copies them) */
static int n_slots;
static Py_ssize_t color_offset;          /* its colour's slot (0: none; pack/unpack then decline) */
static PyObject *array_type;             /* array.array (a packed line's wide style index) */

/* A Char's field, borrowed (the list of characters holds them all). */
#define FIELD(c, k) (*(PyObject **)((char *)(c) + offsets[k]))
#define COLOR_OF(c) (*(PyObject **)((char *)(c) + color_offset))

static PyObject *
bind(PyObject *self, PyObject *type)
{
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "bind: a class");
        return NULL;
    }
    PyTypeObject *t = (PyTypeObject *)type;
    Py_ssize_t found[FIELDS];
    for (int k = 0; k < FIELDS; k++) {
        PyObject *d = PyDict_GetItemWithError(t->tp_dict, names[k]);
        if (!d || !Py_IS_TYPE(d, &PyMemberDescr_Type) ||
                ((PyMemberDescrObject *)d)->d_member->type != T_OBJECT_EX) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_TypeError, "bind: %s is not a slot", field_names[k]);
            return NULL;
        }
        found[k] = ((PyMemberDescrObject *)d)->d_member->offset;
    }
    int n = 0;
    for (PyMemberDef *m = t->tp_members; m && m->name; m++) {
        if (m->type != T_OBJECT_EX || n == MAX_SLOTS) {
            PyErr_Format(PyExc_TypeError, "bind: %s is not a plain slot", m->name);
            return NULL;
        }
        all_slots[n++] = m->offset;
    }
    PyObject *color = PyDict_GetItemString(t->tp_dict, "color");    /* (borrowed) */
    Py_ssize_t color_at = 0;
    if (color && Py_IS_TYPE(color, &PyMemberDescr_Type) &&
            ((PyMemberDescrObject *)color)->d_member->type == T_OBJECT_EX)
        color_at = ((PyMemberDescrObject *)color)->d_member->offset;
    Py_INCREF(type);
    Py_XSETREF(char_type, t);
    memcpy(offsets, found, sizeof found);
    n_slots = n;
    color_offset = color_at;
    Py_RETURN_NONE;
}

/* Every item a Char whose fields are all set: the C paths read nothing else (any other
 * list goes back to Python's path, which reads anything). */
static int
all_chars(PyObject **chars, Py_ssize_t n)
{
    if (!char_type)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!Py_IS_TYPE(chars[i], char_type))
            return 0;
        for (int k = 0; k < FIELDS; k++)
            if (!FIELD(chars[i], k))
                return 0;
    }
    return 1;
}

/* A list of page.Char objects with every field set (see all_chars): its items and
 * their count, and 1; 0 for anything else (the C paths then leave it to Python). */
static int
char_list(PyObject *sequence, PyObject ***chars, Py_ssize_t *n)
{
    if (!PyList_CheckExact(sequence))
        return 0;
    *n = PyList_GET_SIZE(sequence);
    *chars = ((PyListObject *)sequence)->ob_item;
    return all_chars(*chars, *n);
}

/* The parts (a tuple or list of str) joined, stripped of white space at either end as
 * str.strip() strips it (called only where an end is white). A new reference. */
static PyObject *
joined_stripped(PyObject *parts)
{
    PyObject *joined = PyUnicode_Join(empty, parts);     /* (NULL would join by spaces) */
    if (!joined)
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(joined);
    if (length && !Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(joined, 0)) &&
            !Py_UNICODE_ISSPACE(PyUnicode_READ_CHAR(joined, length - 1)))
        return joined;                                  /* nothing to strip */
    PyObject *stripped = PyObject_CallMethodNoArgs(joined, strip);
    Py_DECREF(joined);
    return stripped;
}

/* str.isspace(): not empty and every character a space. */
static int
is_space(PyObject *text)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0)
        return 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++)
        if (!Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)))
            return 0;
    return 1;
}

/* A font's truth (None, or a str: not empty), -1 for another kind of value. */
static inline int
has_font(PyObject *c)
{
    PyObject *font = FIELD(c, FONT);
    if (font == Py_None)
        return 0;
    if (!PyUnicode_CheckExact(font))
        return -1;
    return PyUnicode_GET_LENGTH(font) > 0;
}

/* A character that counts for a line's figures: it has a font and (``inked``) is no
 * space. 1, 0, or -1: a value of another kind (Python's path then). */
static inline int
counts(PyObject *c, int inked)
{
    int yes = has_font(c);
    if (yes <= 0 || !inked)
        return yes;
    PyObject *text = FIELD(c, TEXT);
    if (!PyUnicode_CheckExact(text))
        return -1;
    return !is_space(text);
}

/* The first letter of a right-to-left script (Hebrew, Arabic), as lines.RIGHT_TO_LEFT
 * matches it; -1: the text is not a str. */
static int
right_to_left(PyObject *c)
{
    PyObject *text = FIELD(c, TEXT);
    if (!PyUnicode_CheckExact(text))
        return -1;
    if (PyUnicode_GET_LENGTH(text) == 0)
        return 0;
    Py_UCS4 u = PyUnicode_READ_CHAR(text, 0);
    return (u >= 0x0590 && u <= 0x08ff) || (u >= 0xfb1d && u <= 0xfdff) ||
           (u >= 0xfe70 && u <= 0xfefc);
}

/* A Char whose slots hold only strings, numbers and None can be in no reference cycle,
 * so the cycle collector need not walk it: a document's characters are most of the
 * objects it would walk at every collection while the pages are held. */
static int
is_atom(PyObject *v)
{
    return v == NULL || v == Py_None || PyUnicode_CheckExact(v) || PyFloat_CheckExact(v) ||
           PyLong_CheckExact(v) || PyBool_Check(v);
}

static void
untrack_if_atoms(PyObject *c)
{
    for (int k = 0; k < n_slots; k++)
        if (!is_atom(*(PyObject **)((char *)c + all_slots[k])))
            return;
    PyObject_GC_UnTrack(c);
}

/* A copy of a Char (a word space: the fields word_space() gave), slot for slot. */
static PyObject *
copy_char(PyObject *model)
{
    PyObject *c = char_type->tp_alloc(char_type, 0);
    if (!c)
        return NULL;
    for (int k = 0; k < n_slots; k++) {
        PyObject *v = *(PyObject **)((char *)model + all_slots[k]);
        Py_XINCREF(v);
        *(PyObject **)((char *)c + all_slots[k]) = v;
    }
    untrack_if_atoms(c);
    return c;
}

static inline int
is_float(PyObject *c, int k)
{
    return PyFloat_CheckExact(FIELD(c, k));
}
#define VALUE(c, k) PyFloat_AS_DOUBLE(FIELD(c, k))

/* group_lines(chars, word_space, line_overlap, char_margin, word_margin, epsilon): see
 * readers/lines.py's _group_lines, which this follows step for step. */
static PyObject *
group_lines(PyObject *self, PyObject *args)
{
    PyObject *sequence, *word_space;
    double overlap, char_margin, word_margin, epsilon;
    if (!PyArg_ParseTuple(args, "OOdddd", &sequence, &word_space, &overlap, &char_margin,
                          &word_margin, &epsilon))
        return NULL;
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NOTIMPLEMENTED;
    for (Py_ssize_t i = 0; i < n; i++)
        if (!is_float(chars[i], X0) || !is_float(chars[i], X1) || !is_float(chars[i], Y0) ||
                !is_float(chars[i], Y1))
            Py_RETURN_NOTIMPLEMENTED;
    /* (no Python code runs below but word_space() once: the list cannot change) */
    PyObject *model = NULL, *lines = PyList_New(0), *line = NULL;
    if (!lines)
        return NULL;
    double lx0 = 0, lx1 = 0, ly0 = 0, ly1 = 0, lw = 0, lh = 0, right = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = chars[i];
        double x0 = VALUE(c, X0), x1 = VALUE(c, X1), y0 = VALUE(c, Y0), y1 = VALUE(c, Y1);
        double w = x1 - x0, h = y1 - y0;
        if (i > 0) {
            int joined;
            if (y0 == ly0 && y1 == ly1)
                joined = h > 2 * epsilon;
            else if (y0 <= ly1 && ly0 <= y1) {
                double a = ly0 - y1, b = ly1 - y0;
                a = a >= 0 ? a : -a;
                b = b >= 0 ? b : -b;
                joined = (a < b ? a : b) > overlap * (lh < h ? lh : h) + epsilon;
            }
            else
                joined = 0;
            if (joined) {
                double apart = x0 > lx1 ? x0 - lx1 : lx0 > x1 ? lx0 - x1 : 0.0;
                joined = apart < char_margin * (lw > w ? lw : w) - epsilon;
            }
            if (joined) {
                double margin = word_margin * (w > h ? w : h) + epsilon;
                int space = right < x0 - margin;
                if (!space && x1 < lx0 - margin) {
                    space = right_to_left(c);
                    if (space < 0) {
                        Py_XDECREF(model);
                        Py_XDECREF(line);
                        Py_DECREF(lines);
                        Py_RETURN_NOTIMPLEMENTED;
                    }
                }
                if (space) {
                    if (!model) {
                        model = PyObject_CallNoArgs(word_space);
                        if (!model)
                            goto fail;
                        if (!Py_IS_TYPE(model, char_type)) {
                            PyErr_SetString(PyExc_TypeError, "word_space() is no Char");
                            goto fail;
                        }
                    }
                    PyObject *blank = copy_char(model);
                    if (!blank)
                        goto fail;
                    int failed = PyList_Append(line, blank);
                    Py_DECREF(blank);
                    if (failed)
                        goto fail;
                }
                if (PyList_Append(line, c))
                    goto fail;
                right = x1;
                lx0 = x0, lx1 = x1, ly0 = y0, ly1 = y1, lw = w, lh = h;
                continue;
            }
            int failed = PyList_Append(lines, line);
            Py_CLEAR(line);
            if (failed)
                goto fail;
        }
        line = PyList_New(1);
        if (!line)
            goto fail;
        Py_INCREF(c);
        PyList_SET_ITEM(line, 0, c);
        right = x1;
        lx0 = x0, lx1 = x1, ly0 = y0, ly1 = y1, lw = w, lh = h;
    }
    if (line) {
        int failed = PyList_Append(lines, line);
        Py_CLEAR(line);
        if (failed)
            goto fail;
    }
    Py_XDECREF(model);
    return lines;
fail:
    Py_XDECREF(model);
    Py_XDECREF(line);
    Py_DECREF(lines);
    return NULL;
}

static inline void
set_field(PyObject *c, int k, PyObject *v)
{
    Py_INCREF(v);
    Py_SETREF(FIELD(c, k), v);
}

/* Whether each character with a font stands at float positions (x0, x1) and, with
 * ``texts``, prints a str: what the loops over a line's characters compute with (any
 * other figure sends the call back to Python's path). */
static int
placed_by_floats(PyObject **chars, Py_ssize_t n, int texts)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        int font = has_font(chars[i]);
        if (font < 0 || (font && (!is_float(chars[i], X0) || !is_float(chars[i], X1) ||
                                  (texts && !PyUnicode_CheckExact(FIELD(chars[i], TEXT))))))
            return 0;
    }
    return 1;
}

/* place_spaces(chars) -> None, or NotImplemented (nothing done): see readers/lines.py's
 * _place_spaces. */
static PyObject *
place_spaces(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    /* First every figure the spaces are placed by checked: a float, as Python's path
     * computes with. */
    if (!char_list(sequence, &chars, &n) || !placed_by_floats(chars, n, 0))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t before = -1, first_waiting = -1;   /* indices; the spaces waiting follow */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = chars[i];
        PyObject *font = FIELD(c, FONT);
        if (font == Py_None) {
            if (before >= 0 && first_waiting < 0)
                first_waiting = i;
            continue;
        }
        if (PyUnicode_GET_LENGTH(font) == 0)
            continue;
        if (first_waiting >= 0) {
            PyObject *b = chars[before];
            double middle = ((VALUE(b, X0) + VALUE(b, X1)) / 2 + (VALUE(c, X0) + VALUE(c, X1)) / 2) / 2;
            PyObject *at = PyFloat_FromDouble(middle);
            if (!at)
                return NULL;
            PyObject *y0 = FIELD(b, Y0), *y1 = FIELD(b, Y1);
            /* the spaces since the one before: those whose font is None (a character
             * between them whose font is empty is left alone, as in Python) */
            for (Py_ssize_t j = first_waiting; j < i; j++) {
                PyObject *s = chars[j];
                if (FIELD(s, FONT) == Py_None) {
                    set_field(s, X0, at);
                    set_field(s, X1, at);
                    set_field(s, Y0, y0);
                    set_field(s, Y1, y1);
                }
            }
            Py_DECREF(at);
            first_waiting = -1;
        }
        before = i;
    }
    Py_RETURN_NONE;
}

/* line_figures(chars) -> (x0, x1, y0, y1, size, one_size), or None when it is Python's
 * to say (no character has a font; a figure is not a float): see page.py's
 * _line_figures. The figures are the characters' own objects. */
static PyObject *
line_figures(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NONE;
    static const int which[6] = {X0, X1, Y0, Y1, SIZE, SIZE};
    static const int lower[6] = {1, 0, 1, 0, 1, 0};    /* min() of it, else max() */
    PyObject *best[6] = {NULL, NULL, NULL, NULL, NULL, NULL}, *first_size = NULL;
    double value[6] = {0, 0, 0, 0, 0, 0};
    for (int inked = 1; inked >= 0 && !first_size; inked--) {
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *c = chars[i];
            int yes = counts(c, inked);
            if (yes < 0)
                Py_RETURN_NONE;
            if (!yes)
                continue;
            for (int k = 0; k < 6; k++) {
                PyObject *v = FIELD(c, which[k]);
                if (!PyFloat_CheckExact(v))
                    Py_RETURN_NONE;
                double x = PyFloat_AS_DOUBLE(v);
                /* (the first of equals kept, as min() and max() keep it) */
                if (!first_size || (lower[k] ? x < value[k] : x > value[k])) {
                    best[k] = v;
                    value[k] = x;
                }
            }
            if (!first_size)
                first_size = best[4];
        }
    }
    if (!first_size)
        Py_RETURN_NONE;
    return Py_BuildValue("(OOOOOO)", best[0], best[1], best[2], best[3], first_size,
                         value[4] == value[5] ? Py_True : Py_False);
}

/* line_text(chars): the characters' texts joined, stripped (NotImplemented: Python's). */
static PyObject *
line_text(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *texts = PyTuple_New(n);
    if (!texts)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = FIELD(chars[i], TEXT);
        Py_INCREF(t);
        PyTuple_SET_ITEM(texts, i, t);
    }
    PyObject *text = joined_stripped(texts);
    Py_DECREF(texts);
    return text;
}

/* line_fonts(chars) -> {font: how many characters}, of the characters with a font that
 * are no space, in the order first met (as collections.Counter counts them);
 * NotImplemented: Python's. */
static PyObject *
line_fonts(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NOTIMPLEMENTED;
    for (Py_ssize_t i = 0; i < n; i++)
        if (counts(chars[i], 1) < 0)
            Py_RETURN_NOTIMPLEMENTED;
    PyObject *fonts = PyDict_New(), *last = NULL;
    Py_ssize_t run = 0;              /* characters of ``last`` not yet added */
    if (!fonts)
        return NULL;
    for (Py_ssize_t i = 0; i <= n; i++) {
        PyObject *font = NULL;
        if (i < n) {
            if (!counts(chars[i], 1))
                continue;
            font = FIELD(chars[i], FONT);
            if (font == last) {          /* the same object: most lines have one font */
                run++;
                continue;
            }
        }
        if (last) {                      /* the run of the font before, added */
            PyObject *had = PyDict_GetItemWithError(fonts, last);
            PyObject *count = NULL;
            if (had)
                count = PyLong_FromSsize_t(PyLong_AsSsize_t(had) + run);
            else if (!PyErr_Occurred())
                count = PyLong_FromSsize_t(run);
            if (!count || PyDict_SetItem(fonts, last, count)) {
                Py_XDECREF(count);
                Py_DECREF(fonts);
                return NULL;
            }
            Py_DECREF(count);
        }
        last = font;
        run = 1;
    }
    return fonts;
}

/* plain_pieces(chars, gap) -> [(x0, x1, characters)]: a line that prints no run of
 * blanks cut at gaps wider than ``gap`` between printed characters, as
 * layout/tables.py's _plain_pieces cuts it (word spaces go with the piece they are in;
 * a piece of blanks alone is none); the figures are the characters' own objects.
 * NotImplemented: Python's. */
static PyObject *
plain_pieces(PyObject *self, PyObject *args)
{
    PyObject *sequence;
    double gap;
    if (!PyArg_ParseTuple(args, "Od", &sequence, &gap))
        return NULL;
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n) || !placed_by_floats(chars, n, 1))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *pieces = PyList_New(0), *piece = NULL, *x0 = NULL, *x1 = NULL;
    if (!pieces)
        return NULL;
    int inked = 0, started = 0;      /* a real character met: last_x1 is set */
    double last_x1 = 0.0;
    for (Py_ssize_t i = 0; i <= n; i++) {
        PyObject *c = i < n ? chars[i] : NULL;
        if (c && !has_font(c)) {     /* a word space goes with the piece it is in */
            if (piece && PyList_Append(piece, c) < 0)
                goto failed;
            continue;
        }
        if (!c || !started || VALUE(c, X0) - last_x1 > gap) {
            if (inked) {
                PyObject *entry = PyTuple_Pack(3, x0, x1, piece);
                if (!entry || PyList_Append(pieces, entry) < 0) {
                    Py_XDECREF(entry);
                    goto failed;
                }
                Py_DECREF(entry);
            }
            if (!c)
                break;
            Py_XDECREF(piece);
            if (!(piece = PyList_New(1)))
                goto failed;
            Py_INCREF(c);
            PyList_SET_ITEM(piece, 0, c);
            x0 = FIELD(c, X0);        /* (borrowed: the piece holds the character) */
            x1 = FIELD(c, X1);
            inked = 0;
        } else {
            if (PyList_Append(piece, c) < 0)
                goto failed;
            if (VALUE(c, X1) > PyFloat_AS_DOUBLE(x1))
                x1 = FIELD(c, X1);
        }
        if (!inked && !is_space(FIELD(c, TEXT)))
            inked = 1;
        last_x1 = VALUE(c, X1);
        started = 1;
    }
    Py_XDECREF(piece);
    return pieces;
failed:
    Py_XDECREF(piece);
    Py_DECREF(pieces);
    return NULL;
}

/* ---- A line's characters packed (page.py: Line.pack, _pack and _unpack) ------------
 *
 * pack(chars) gives what page._pack gives, in the same form (texts, x positions as
 * doubles, each character's style as an index into the line's distinct ones, the
 * styles, the odd positions); unpack(packed) the characters again, as page._unpack
 * makes them. Either says NotImplemented for what it does not take (a position that is
 * no float, a text that is no str: page.py's Python then), so that the two paths give
 * the same packed lines and the same characters. */

enum { S_FONT, S_SIZE, S_Y0, S_Y1, S_COLOR, STYLE_FIELDS };

/* Packed x positions (see page._pack_xs): each character's x0 in thousandths of a point
 * (int32) and its width in thousandths (uint16), then the two doubles of each character
 * whose x0 or x1 is no whole number of thousandths to the last bit (a width of ESCAPED
 * says so). The test and the rounding are Python's: round() to even, k / 1000. */
#define ESCAPED 0xFFFF

static inline int
thousandths(double v, long long *k)
{
    if (!(v > -2e6 && v < 2e6))
        return 0;
    double r = nearbyint(v * 1000.0);        /* (half to even, the default rounding) */
    long long whole = (long long)r;
    if ((double)whole / 1000.0 != v || (whole == 0 && signbit(v)) ||
            whole <= -2147483648LL || whole >= 2147483648LL)
        return 0;
    *k = whole;
    return 1;
}

/* An x position as a double: a float's, or an int's as array("d") makes it; 0 with an
 * error where an int is too large for a double (pack then raises it, as Python does). */
static inline int
x_of(PyObject *c, int k, double *x)
{
    PyObject *v = FIELD(c, k);
    if (PyFloat_CheckExact(v)) {
        *x = PyFloat_AS_DOUBLE(v);
        return 1;
    }
    *x = PyLong_AsDouble(v);
    return !(*x == -1.0 && PyErr_Occurred());
}

/* The ints among the x positions, by place (2i: x0, 2i + 1: x1), as page._pack's odd. */
static PyObject *
odd_positions(PyObject **chars, Py_ssize_t n, Py_ssize_t count)
{
    PyObject *odd = PyTuple_New(count);
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; odd && i < n && at < count; i++) {
        for (int k = X0; k <= X1; k++) {
            if (is_float(chars[i], k))
                continue;
            PyObject *pair = Py_BuildValue("(nO)", 2 * i + (k - X0), FIELD(chars[i], k));
            if (!pair) {
                Py_CLEAR(odd);
                break;
            }
            PyTuple_SET_ITEM(odd, at++, pair);
        }
    }
    return odd;
}

static PyObject *
pack_xs(PyObject **chars, Py_ssize_t n)
{
    int32_t *starts = PyMem_Malloc((size_t)n * sizeof(int32_t));
    uint16_t *widths = PyMem_Malloc((size_t)n * sizeof(uint16_t));
    PyObject *packed = NULL;
    if (!starts || !widths) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t escaped = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        long long a, b;
        double x0, x1;
        if (!x_of(chars[i], X0, &x0) || !x_of(chars[i], X1, &x1))
            goto done;
        if (thousandths(x0, &a) && thousandths(x1, &b) &&
                b - a >= 0 && b - a < ESCAPED) {
            starts[i] = (int32_t)a;
            widths[i] = (uint16_t)(b - a);
        } else {
            starts[i] = 0;
            widths[i] = ESCAPED;
            escaped++;
        }
    }
    Py_ssize_t size = n * 6 + escaped * 2 * (Py_ssize_t)sizeof(double);
    if (!(packed = PyBytes_FromStringAndSize(NULL, size)))
        goto done;
    char *at = PyBytes_AS_STRING(packed);
    memcpy(at, starts, (size_t)n * sizeof(int32_t));
    memcpy(at + 4 * n, widths, (size_t)n * sizeof(uint16_t));
    char *kept = at + 6 * n;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (widths[i] != ESCAPED)
            continue;
        double pair[2];
        x_of(chars[i], X0, &pair[0]);        /* (read above: no error now) */
        x_of(chars[i], X1, &pair[1]);
        memcpy(kept, pair, sizeof pair);
        kept += sizeof pair;
    }
done:
    PyMem_Free(starts);
    PyMem_Free(widths);
    return packed;
}

static PyObject *
pack(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    if (!color_offset || !char_list(sequence, &chars, &n) || n == 0 || n > 0x7fffffff)
        Py_RETURN_NOTIMPLEMENTED;
    /* (an x position may be an int, as a reader's 0 for a word space: kept apart, by
     * its place, as page._pack keeps it; any other type goes to Python) */
    Py_ssize_t odd_count = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_CheckExact(FIELD(chars[i], TEXT)) || !COLOR_OF(chars[i]))
            Py_RETURN_NOTIMPLEMENTED;
        for (int k = X0; k <= X1; k++) {
            if (is_float(chars[i], k))
                continue;
            if (!PyLong_CheckExact(FIELD(chars[i], k)))
                Py_RETURN_NOTIMPLEMENTED;
            odd_count++;
        }
    }
    /* Styles equal in value are one (the quick way) when each figure of a column is of
     * one type (None aside) and no size nor height is zero; else told apart by their
     * objects (see page._pack). */
    int quick = 1;
    PyTypeObject *kinds[STYLE_FIELDS] = {NULL, NULL, NULL, NULL, NULL};
    PyObject *zero = PyLong_FromLong(0);
    for (Py_ssize_t i = 0; i < n && quick; i++) {
        PyObject *v[STYLE_FIELDS] = {FIELD(chars[i], FONT), FIELD(chars[i], SIZE),
                                     FIELD(chars[i], Y0), FIELD(chars[i], Y1),
                                     COLOR_OF(chars[i])};
        for (int k = 0; k < STYLE_FIELDS && quick; k++) {
            if (v[k] == Py_None)
                continue;
            if (!kinds[k])
                kinds[k] = Py_TYPE(v[k]);
            else if (kinds[k] != Py_TYPE(v[k]))
                quick = 0;
            if (quick && k >= S_SIZE && k <= S_Y1) {
                int is_zero = PyObject_RichCompareBool(v[k], zero, Py_EQ);
                if (is_zero < 0) {
                    Py_DECREF(zero);
                    return NULL;
                }
                if (is_zero)
                    quick = 0;
            }
        }
    }
    Py_DECREF(zero);
    PyObject *texts = PyTuple_New(n), *joined = NULL, *xs_bytes = NULL, *distinct = NULL,
             *keys = NULL, *styles = NULL, *index = NULL, *odd = NULL, *result = NULL;
    unsigned short *places = PyMem_Malloc((size_t)n * sizeof(unsigned short));
    if (!texts || !places)
        goto done;
    int one_each = 1;                /* each character holds one letter (see page._pack) */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *t = FIELD(chars[i], TEXT);
        if (PyUnicode_GET_LENGTH(t) != 1)
            one_each = 0;
        Py_INCREF(t);
        PyTuple_SET_ITEM(texts, i, t);
    }
    if (!(joined = PyUnicode_Join(empty, texts)))
        goto done;
    if (!(xs_bytes = pack_xs(chars, n)) || !(odd = odd_positions(chars, n, odd_count)))
        goto done;
    /* key -> its place among the distinct styles (in the order first met) */
    if (!(keys = PyDict_New()) || !(distinct = PyList_New(0)))
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i && FIELD(chars[i], FONT) == FIELD(chars[i - 1], FONT) &&
                FIELD(chars[i], SIZE) == FIELD(chars[i - 1], SIZE) &&
                FIELD(chars[i], Y0) == FIELD(chars[i - 1], Y0) &&
                FIELD(chars[i], Y1) == FIELD(chars[i - 1], Y1) &&
                COLOR_OF(chars[i]) == COLOR_OF(chars[i - 1])) {
            places[i] = places[i - 1];    /* the very objects of the one before: its style */
            continue;
        }
        PyObject *style = PyTuple_Pack(STYLE_FIELDS, FIELD(chars[i], FONT),
                                       FIELD(chars[i], SIZE), FIELD(chars[i], Y0),
                                       FIELD(chars[i], Y1), COLOR_OF(chars[i]));
        if (!style)
            goto done;
        PyObject *key = style;
        if (!quick) {
            key = Py_BuildValue("(nnnnn)", (Py_ssize_t)FIELD(chars[i], FONT),
                                (Py_ssize_t)FIELD(chars[i], SIZE), (Py_ssize_t)FIELD(chars[i], Y0),
                                (Py_ssize_t)FIELD(chars[i], Y1), (Py_ssize_t)COLOR_OF(chars[i]));
            if (!key) {
                Py_DECREF(style);
                goto done;
            }
        }
        PyObject *place = PyDict_GetItemWithError(keys, key);
        Py_ssize_t k;
        if (place) {
            k = PyLong_AsSsize_t(place);
        } else if (PyErr_Occurred()) {
            k = -1;
        } else {
            k = PyList_GET_SIZE(distinct);
            PyObject *at = PyLong_FromSsize_t(k);
            if (!at || PyDict_SetItem(keys, key, at) < 0 || PyList_Append(distinct, style) < 0)
                k = -1;
            Py_XDECREF(at);
        }
        if (key != style)
            Py_DECREF(key);
        Py_DECREF(style);
        if (k < 0 || k > 0xffff) {
            if (k > 0xffff)
                PyErr_SetString(PyExc_OverflowError, "pack: more than 65,536 styles on a line");
            goto done;
        }
        places[i] = (unsigned short)k;
    }
    Py_ssize_t count = PyList_GET_SIZE(distinct);
    if (count == 1) {
        /* (a line of one style, most lines, needs no index: the empty bytes, shared) */
        if (!(index = PyBytes_FromStringAndSize(NULL, 0)))
            goto done;
    } else if (count < 256) {
        if (!(index = PyBytes_FromStringAndSize(NULL, n)))
            goto done;
        unsigned char *at = (unsigned char *)PyBytes_AS_STRING(index);
        for (Py_ssize_t i = 0; i < n; i++)
            at[i] = (unsigned char)places[i];
    } else {
        PyObject *raw = PyBytes_FromStringAndSize((const char *)places,
                                                  n * (Py_ssize_t)sizeof(unsigned short));
        if (!raw)
            goto done;
        index = PyObject_CallFunction(array_type, "sO", "H", raw);
        Py_DECREF(raw);
        if (!index)
            goto done;
    }
    if (!(styles = PyList_AsTuple(distinct)))
        goto done;
    PyObject *shown = one_each ? joined : texts;
    result = PyTuple_Pack(5, shown, xs_bytes, index, styles, odd);
done:
    PyMem_Free(places);
    Py_XDECREF(texts); Py_XDECREF(joined); Py_XDECREF(xs_bytes); Py_XDECREF(distinct);
    Py_XDECREF(keys); Py_XDECREF(styles); Py_XDECREF(index); Py_XDECREF(odd);
    return result;
}

/* unpack(packed) -> the characters (new Char objects) page._unpack makes of it. */
static PyObject *
unpack(PyObject *self, PyObject *packed)
{
    if (!char_type || !color_offset || !PyTuple_CheckExact(packed) ||
            PyTuple_GET_SIZE(packed) != 5)
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *texts = PyTuple_GET_ITEM(packed, 0), *xs = PyTuple_GET_ITEM(packed, 1),
             *index = PyTuple_GET_ITEM(packed, 2), *styles = PyTuple_GET_ITEM(packed, 3),
             *odd = PyTuple_GET_ITEM(packed, 4);
    if (!PyTuple_CheckExact(odd) || !PyTuple_CheckExact(styles))
        Py_RETURN_NOTIMPLEMENTED;
    int joined = PyUnicode_CheckExact(texts);
    if (!joined && !PyTuple_CheckExact(texts))
        Py_RETURN_NOTIMPLEMENTED;
    Py_ssize_t n = joined ? PyUnicode_GET_LENGTH(texts) : PyTuple_GET_SIZE(texts);
    if (!PyBytes_CheckExact(xs) || PyBytes_GET_SIZE(xs) < 6 * n)
        Py_RETURN_NOTIMPLEMENTED;
    const char *starts = PyBytes_AS_STRING(xs), *widths = starts + 4 * n,
               *kept = starts + 6 * n, *kept_end = starts + PyBytes_GET_SIZE(xs);
    Py_buffer iv;
    if (PyObject_GetBuffer(index, &iv, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) {
        PyErr_Clear();
        Py_RETURN_NOTIMPLEMENTED;
    }
    PyObject *result = NULL;
    int wide = iv.format && strcmp(iv.format, "H") == 0;
    int narrow = !iv.format || strcmp(iv.format, "B") == 0;
    Py_ssize_t escaped = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint16_t w;
        memcpy(&w, widths + 2 * i, sizeof w);
        escaped += w == ESCAPED;
    }
    /* (odd: (place, an int or other plain value) pairs, each place one of the 2n) */
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(odd); j++) {
        PyObject *entry = PyTuple_GET_ITEM(odd, j);
        Py_ssize_t place = -1;
        if (PyTuple_CheckExact(entry) && PyTuple_GET_SIZE(entry) == 2 &&
                PyLong_CheckExact(PyTuple_GET_ITEM(entry, 0)))
            place = PyLong_AsSsize_t(PyTuple_GET_ITEM(entry, 0));
        if (place < 0 || place >= 2 * n || !is_atom(PyTuple_GET_ITEM(entry, 1))) {
            PyErr_Clear();
            PyBuffer_Release(&iv);
            Py_RETURN_NOTIMPLEMENTED;
        }
    }
    int none = iv.len == 0;          /* no index: every character of the one style */
    if (!(wide || narrow) || (iv.len != n * (wide ? 2 : 1) && !(none && n)) ||
            kept_end - kept != escaped * 2 * (Py_ssize_t)sizeof(double)) {
        result = Py_NotImplemented;
        Py_INCREF(result);
        goto done;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(styles);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *s = PyTuple_GET_ITEM(styles, k);
        if (!PyTuple_CheckExact(s) || PyTuple_GET_SIZE(s) != STYLE_FIELDS) {
            result = Py_NotImplemented;
            Py_INCREF(result);
            goto done;
        }
    }
    if (!(result = PyList_New(n)))
        goto done;
    int kind = joined ? PyUnicode_KIND(texts) : 0;
    const void *data = joined ? PyUnicode_DATA(texts) : NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t k = none ? 0 : wide ? ((const unsigned short *)iv.buf)[i]
                                       : ((const unsigned char *)iv.buf)[i];
        if (k >= count) {
            PyErr_SetString(PyExc_ValueError, "unpack: a style index past the styles");
            Py_CLEAR(result);
            goto done;
        }
        PyObject *s = PyTuple_GET_ITEM(styles, k);
        PyObject *text = joined ? PyUnicode_FromOrdinal(PyUnicode_READ(kind, data, i))
                                : (Py_INCREF(PyTuple_GET_ITEM(texts, i)), PyTuple_GET_ITEM(texts, i));
        int32_t start;
        uint16_t w;
        memcpy(&start, starts + 4 * i, sizeof start);
        memcpy(&w, widths + 2 * i, sizeof w);
        double pair[2];
        if (w == ESCAPED) {
            memcpy(pair, kept, sizeof pair);
            kept += sizeof pair;
        } else {
            pair[0] = (double)start / 1000.0;
            pair[1] = (double)((int64_t)start + w) / 1000.0;
        }
        PyObject *x0 = PyFloat_FromDouble(pair[0]), *x1 = PyFloat_FromDouble(pair[1]);
        PyObject *c = char_type->tp_alloc(char_type, 0);
        if (!text || !x0 || !x1 || !c) {
            Py_XDECREF(text); Py_XDECREF(x0); Py_XDECREF(x1); Py_XDECREF(c);
            Py_CLEAR(result);
            goto done;
        }
        FIELD(c, TEXT) = text;
        FIELD(c, X0) = x0;
        FIELD(c, X1) = x1;
        PyObject *v;
        v = PyTuple_GET_ITEM(s, S_FONT); Py_INCREF(v); FIELD(c, FONT) = v;
        v = PyTuple_GET_ITEM(s, S_SIZE); Py_INCREF(v); FIELD(c, SIZE) = v;
        v = PyTuple_GET_ITEM(s, S_Y0); Py_INCREF(v); FIELD(c, Y0) = v;
        v = PyTuple_GET_ITEM(s, S_Y1); Py_INCREF(v); FIELD(c, Y1) = v;
        v = PyTuple_GET_ITEM(s, S_COLOR); Py_INCREF(v); COLOR_OF(c) = v;
        untrack_if_atoms(c);
        PyList_SET_ITEM(result, i, c);
    }
    /* The positions that were no float, put back as they were, by place. */
    for (Py_ssize_t j = 0; j < PyTuple_GET_SIZE(odd); j++) {
        PyObject *entry = PyTuple_GET_ITEM(odd, j);
        Py_ssize_t place = PyLong_AsSsize_t(PyTuple_GET_ITEM(entry, 0));
        PyObject *c = PyList_GET_ITEM(result, place / 2), *v = PyTuple_GET_ITEM(entry, 1);
        Py_INCREF(v);
        Py_SETREF(FIELD(c, place % 2 ? X1 : X0), v);
    }
done:
    PyBuffer_Release(&iv);
    return result;
}

/* italics_only(chars, italic_of, start, end) -> the line's text with its italics marked,
 * as layout/marking.py's _italics_only gives it (a word space, of no font, is " "; each
 * font's style asked of italic_of once a run of it); NotImplemented: Python's. */
static PyObject *
italics_only(PyObject *self, PyObject *args)
{
    PyObject *sequence, *italic_of, *start, *end;
    if (!PyArg_ParseTuple(args, "OOUU", &sequence, &italic_of, &start, &end))
        return NULL;
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NOTIMPLEMENTED;
    for (Py_ssize_t i = 0; i < n; i++)
        if (has_font(chars[i]) < 0 || !PyUnicode_CheckExact(FIELD(chars[i], TEXT)))
            Py_RETURN_NOTIMPLEMENTED;
    PyObject *out = PyList_New(0), *space = PyUnicode_FromOrdinal(' '), *last = Py_None;
    int italic = 0;
    if (!out || !space)
        goto failed;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = chars[i];
        if (!has_font(c)) {                      /* a word space */
            if (PyList_Append(out, space) < 0)
                goto failed;
            continue;
        }
        PyObject *font = FIELD(c, FONT);
        int other = font != last ? PyObject_RichCompareBool(font, last, Py_NE) : 0;
        if (other < 0)
            goto failed;
        if (other) {
            last = font;
            PyObject *said = PyObject_CallOneArg(italic_of, font);
            int is_italic = said ? PyObject_IsTrue(said) : -1;
            Py_XDECREF(said);
            if (is_italic < 0)
                goto failed;
            if (is_italic != italic) {
                italic = !italic;
                if (PyList_Append(out, italic ? start : end) < 0)
                    goto failed;
            }
        }
        if (PyList_Append(out, FIELD(c, TEXT)) < 0)
            goto failed;
    }
    if (italic && PyList_Append(out, end) < 0)
        goto failed;
    PyObject *text = joined_stripped(out);
    Py_DECREF(out);
    Py_DECREF(space);
    return text;
failed:
    Py_XDECREF(out);
    Py_XDECREF(space);
    return NULL;
}

/* smallest_size(chars) -> the least size of the characters with a font (word spaces of
 * a font too; the first of equals, as min() keeps it), None when none has one;
 * NotImplemented (a size that is no float): Python's. For layout/marking.py, which
 * looks for a raised character (smaller than the line's type) on every line. */
static PyObject *
smallest_size(PyObject *self, PyObject *sequence)
{
    PyObject **chars;
    Py_ssize_t n;
    if (!char_list(sequence, &chars, &n))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *least = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        int font = has_font(chars[i]);
        if (font < 0 || (font && !is_float(chars[i], SIZE)))
            Py_RETURN_NOTIMPLEMENTED;
        if (font && (!least || VALUE(chars[i], SIZE) < PyFloat_AS_DOUBLE(least)))
            least = FIELD(chars[i], SIZE);
    }
    if (!least)
        Py_RETURN_NONE;
    Py_INCREF(least);
    return least;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_O,
     "bind(Char): the character class whose slots are read directly."},
    {"group_lines", group_lines, METH_VARARGS,
     "group_lines(chars, word_space, line_overlap, char_margin, word_margin, epsilon)\n"
     "-> lines (lists of characters, word spaces made by word_space() inserted), or\n"
     "NotImplemented when a position is not a float (see readers/lines.py)."},
    {"place_spaces", place_spaces, METH_O,
     "place_spaces(chars): each word space placed between the characters it parts."},
    {"line_figures", line_figures, METH_O,
     "line_figures(chars) -> (x0, x1, y0, y1, first size, one size?) of the characters\n"
     "that count, or None when none has a font (see page.py)."},
    {"line_text", line_text, METH_O,
     "line_text(chars) -> their texts joined, stripped."},
    {"line_fonts", line_fonts, METH_O,
     "line_fonts(chars) -> {font: count} of the characters with a font that are no space."},
    {"pack", pack, METH_O,
     "pack(chars) -> a line's characters packed as page._pack packs them."},
    {"unpack", unpack, METH_O,
     "unpack(packed) -> the characters page._unpack makes of a packed line."},
    {"italics_only", italics_only, METH_VARARGS,
     "italics_only(chars, italic_of, start, end) -> the text with its italics marked\n"
     "(see layout/marking.py: _italics_only)."},
    {"smallest_size", smallest_size, METH_O,
     "smallest_size(chars) -> the least size of the characters with a font, or None\n"
     "(see layout/marking.py: _smallest)."},
    {"plain_pieces", plain_pieces, METH_VARARGS,
     "plain_pieces(chars, gap) -> [(x0, x1, characters)]: a line cut at gaps wider than\n"
     "gap (see layout/tables.py: _plain_pieces)."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_lines",
    "The page model's per-character work on lines (see page.py: LINES_C).", -1, methods
};

PyMODINIT_FUNC
PyInit__lines(void)
{
    for (int k = 0; k < FIELDS; k++) {
        names[k] = PyUnicode_InternFromString(field_names[k]);
        if (!names[k])
            return NULL;
    }
    empty = PyUnicode_FromString("");
    strip = PyUnicode_InternFromString("strip");
    PyObject *arrays = PyImport_ImportModule("array");
    if (arrays) {
        array_type = PyObject_GetAttrString(arrays, "array");
        Py_DECREF(arrays);
    }
    if (!empty || !strip || !array_type)
        return NULL;
    return PyModule_Create(&module);
}
