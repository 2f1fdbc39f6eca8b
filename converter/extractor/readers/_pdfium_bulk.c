/* The PDFium reader's per-character work in C: its calls to PDFium in bulk (see
 * pdfium_bulk.py, which falls back to ctypes when this module is not built), and the
 * loop that makes the page model's characters of them (pdfium_chars._loop's port, at
 * the end; Python runs that loop where this module is not built).
 *
 * One call per page walks the text page's characters and asks PDFium, for each, its
 * text object, its loose box and its origin: the three calls the reader makes of every
 * character, which through ctypes cost more than everything else it does per character.
 * PDFium's functions come as addresses from Python (ctypes.cast(f, c_void_p).value),
 * so this module is not linked against libpdfium: it calls the very library pypdfium2
 * loaded. The answers come back as packed arrays (bytes), one per field (a column),
 * which Python reads as plain numbers.
 *
 * As the ctypes loop does: a character of no text object (a space or line end PDFium
 * made up) is asked nothing more, and the box and origin are buffers kept from one
 * character to the next (a call that fails leaves the one before, as ctypes's would).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct {            /* PDFium's FS_RECTF */
    float left, top, right, bottom;
} rect_f;

typedef void *(*text_object_fn)(void *text_page, int index);
typedef int (*loose_box_fn)(void *text_page, int index, rect_f *rect);
typedef int (*origin_fn)(void *text_page, int index, double *x, double *y);
typedef int (*ink_box_fn)(void *text_page, int index, double *left, double *right,
                          double *bottom, double *top);

/* The columns returned, in this order: text object (uint64), the loose box's left,
 * bottom, right and top (float32, as PDFium keeps them), the origin's x and y (float64). */
enum { OBJECT, LEFT, BOTTOM, RIGHT, TOP, X, Y, COLUMNS };

static PyObject *
page_chars(PyObject *self, PyObject *args)
{
    unsigned long long page_address, object_address, box_address, origin_address;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "KnKKK", &page_address, &n, &object_address,
                          &box_address, &origin_address))
        return NULL;
    if (n < 0)
        n = 0;
    if (!page_address || !object_address || !box_address || !origin_address) {
        PyErr_SetString(PyExc_ValueError, "page_chars: a null handle or function");
        return NULL;
    }
    void *text_page = (void *)(uintptr_t)page_address;
    text_object_fn text_object = (text_object_fn)(uintptr_t)object_address;
    loose_box_fn loose_box = (loose_box_fn)(uintptr_t)box_address;
    origin_fn origin = (origin_fn)(uintptr_t)origin_address;

    static const Py_ssize_t width[COLUMNS] = {
        sizeof(uint64_t), sizeof(float), sizeof(float), sizeof(float), sizeof(float),
        sizeof(double), sizeof(double)};
    PyObject *column[COLUMNS];
    for (int k = 0; k < COLUMNS; k++) {
        column[k] = PyBytes_FromStringAndSize(NULL, n * width[k]);
        if (!column[k]) {
            while (k--)
                Py_DECREF(column[k]);
            return NULL;
        }
    }
    uint64_t *objects = (uint64_t *)PyBytes_AS_STRING(column[OBJECT]);
    float *left = (float *)PyBytes_AS_STRING(column[LEFT]);
    float *bottom = (float *)PyBytes_AS_STRING(column[BOTTOM]);
    float *right = (float *)PyBytes_AS_STRING(column[RIGHT]);
    float *top = (float *)PyBytes_AS_STRING(column[TOP]);
    double *xs = (double *)PyBytes_AS_STRING(column[X]);
    double *ys = (double *)PyBytes_AS_STRING(column[Y]);
    rect_f rect = {0.0f, 0.0f, 0.0f, 0.0f};
    double x = 0.0, y = 0.0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) {
        void *obj = text_object(text_page, (int)i);
        objects[i] = (uint64_t)(uintptr_t)obj;
        if (obj) {
            loose_box(text_page, (int)i, &rect);
            origin(text_page, (int)i, &x, &y);
        }
        left[i] = rect.left;
        bottom[i] = rect.bottom;
        right[i] = rect.right;
        top[i] = rect.top;
        xs[i] = x;
        ys[i] = y;
    }
    Py_END_ALLOW_THREADS
    return Py_BuildValue("(NNNNNNN)", column[OBJECT], column[LEFT], column[BOTTOM],
                         column[RIGHT], column[TOP], column[X], column[Y]);
}

/* ---- The character loop (pdfium_chars._loop, ported line by line) -------------------
 *
 * read_chars(reading, text, n, columns, ctm, upright, text_page, ink_box) -> (out,
 * in_order): the page's
 * characters as pdfium_chars._loop gives them, figure for figure. What the loop asks
 * once per text object (its style) or of a rare character (an advance the font does not
 * give, a character that is not plain ASCII, a ligature's letters, a leaning glyph's
 * width) is asked of ``reading`` (pdfium_chars._Reading), in Python; the rest is here.
 * Every figure is computed in the order Python computes it, in doubles (the box's
 * single-precision figures widened first), and rounded as Python's round() does (half
 * to even: rint), so that both paths give the same floats. */

#include <math.h>

/* Python's round(v * 1000.0) / 1000.0; round() refuses infinity and NaN. */
static int
thousandths(double v, double *out)
{
    double scaled = v * 1000.0;
    if (!isfinite(scaled)) {
        PyErr_SetString(isnan(scaled) ? PyExc_ValueError : PyExc_OverflowError,
                        "cannot convert float to integer");
        return -1;
    }
    *out = rint(scaled) / 1000.0;
    return 0;
}

/* Python's min(a, b) and max(a, b): the first unless the second is beyond it. */
static double lesser(double a, double b) { return b < a ? b : a; }
static double greater(double a, double b) { return b > a ? b : a; }

/* pdfium_lib.box: the upright box around a box taken through m. */
static void
box_through(const double *m, double x0, double y0, double x1, double y1, double *out)
{
    if (m[1] == 0 && m[2] == 0) {
        double ax = m[0] * x0 + m[2] * y0 + m[4], ay = m[1] * x0 + m[3] * y0 + m[5];
        double bx = m[0] * x1 + m[2] * y1 + m[4], by = m[1] * x1 + m[3] * y1 + m[5];
        out[0] = lesser(ax, bx); out[1] = lesser(ay, by);
        out[2] = greater(ax, bx); out[3] = greater(ay, by);
        return;
    }
    double px[4] = {x0, x0, x1, x1}, py[4] = {y0, y1, y0, y1};
    double xs[4], ys[4];
    for (int k = 0; k < 4; k++) {
        xs[k] = m[0] * px[k] + m[2] * py[k] + m[4];
        ys[k] = m[1] * px[k] + m[3] * py[k] + m[5];
    }
    out[0] = xs[0]; out[1] = ys[0]; out[2] = xs[0]; out[3] = ys[0];
    for (int k = 1; k < 4; k++) {
        out[0] = lesser(out[0], xs[k]); out[1] = lesser(out[1], ys[k]);
        out[2] = greater(out[2], xs[k]); out[3] = greater(out[3], ys[k]);
    }
}

/* The page model's Char, made as its dataclass __init__ would: each field stored in
 * its slot (the class's own __init__ is Python, a tenth of the cost; its slots'
 * descriptors check what this knows already). */
#include <structmember.h>
enum { F_TEXT, F_FONT, F_SIZE, F_X0, F_X1, F_Y0, F_Y1, F_COLOR, FIELDS };
static const char *field_names[FIELDS] = {"text", "font", "size", "x0", "x1", "y0", "y1",
                                          "color"};

typedef struct {
    PyTypeObject *type;
    PyObject *slot[FIELDS];         /* the slots' descriptors (object_runs reads through them) */
    Py_ssize_t offset[FIELDS];      /* where each slot is in the object */
} char_maker;

static int
char_maker_init(char_maker *maker, PyObject *type)
{
    if (!PyType_Check(type)) {
        PyErr_SetString(PyExc_TypeError, "read_chars: reading.Char is not a class");
        return -1;
    }
    maker->type = (PyTypeObject *)type;
    for (int k = 0; k < FIELDS; k++) {
        maker->slot[k] = PyObject_GetAttrString(type, field_names[k]);
        PyObject *d = maker->slot[k];
        if (!d || !Py_IS_TYPE(d, &PyMemberDescr_Type) ||
                ((PyMemberDescrObject *)d)->d_member->type != T_OBJECT_EX ||
                !PyType_IsSubtype(maker->type, ((PyMemberDescrObject *)d)->d_common.d_type)) {
            if (d)
                PyErr_Format(PyExc_TypeError, "read_chars: Char.%s is not a slot",
                             field_names[k]);
            while (k >= 0) { Py_XDECREF(maker->slot[k]); maker->slot[k] = NULL; k--; }
            return -1;
        }
        maker->offset[k] = ((PyMemberDescrObject *)d)->d_member->offset;
    }
    return 0;
}

static void
char_maker_clear(char_maker *maker)
{
    for (int k = 0; k < FIELDS; k++)
        Py_CLEAR(maker->slot[k]);
}

/* A new Char of these fields (borrowed references; NULL for an error). */
static PyObject *
make_char(char_maker *maker, PyObject **values)
{
    PyObject *c = maker->type->tp_alloc(maker->type, 0);    /* (its slots all NULL) */
    if (!c)
        return NULL;
    int atoms = 1;
    for (int k = 0; k < FIELDS; k++) {
        PyObject *v = values[k];
        Py_INCREF(v);
        *(PyObject **)((char *)c + maker->offset[k]) = v;
        atoms = atoms && (v == Py_None || PyUnicode_CheckExact(v) || PyFloat_CheckExact(v) ||
                          PyLong_CheckExact(v) || PyBool_Check(v));
    }
    /* Its fields are strings, numbers and None (as read_chars makes them), so it can be
     * in no reference cycle: the cycle collector need not walk it (a document's
     * characters are most of the objects it would walk while the pages are held). */
    if (atoms)
        PyObject_GC_UnTrack(c);
    return c;
}

/* The page's figures, one object per value (see page.share_figures: no zero shared,
 * 0.0 and -0.0 being equal values and different figures; nor NaN, never equal), found
 * by their bits: a line's characters stand on one baseline at one size and many a
 * character starts where the one before ends. Most figures are new, and a table of
 * doubles finds that without making a float to hash and look up. It holds its
 * figures (a reference each) for the page. */
typedef struct {
    uint64_t *bits;
    PyObject **kept;          /* NULL: a free slot */
    size_t mask;              /* slots - 1 (a power of two) */
    size_t used;
} figure_table;

static int
table_alloc(figure_table *table, size_t slots)
{
    table->bits = PyMem_Malloc(slots * sizeof(uint64_t));
    table->kept = PyMem_Calloc(slots, sizeof(PyObject *));
    if (!table->bits || !table->kept) {
        PyMem_Free(table->bits);
        PyMem_Free(table->kept);
        table->bits = NULL;
        table->kept = NULL;
        PyErr_NoMemory();
        return -1;
    }
    table->mask = slots - 1;
    table->used = 0;
    return 0;
}

static void
table_clear(figure_table *table)
{
    if (table->kept)
        for (size_t k = 0; k <= table->mask; k++)
            Py_XDECREF(table->kept[k]);
    PyMem_Free(table->bits);
    PyMem_Free(table->kept);
    table->bits = NULL;
    table->kept = NULL;
}

/* Slots for a page of n characters: its figures are some one and a half per character
 * (an x0 and an x1 each, many shared; a y0 and a y1 a line), kept half full at most. */
static size_t
table_slots(Py_ssize_t n)
{
    size_t slots = 1024;
    while (slots < (size_t)n * 3 && slots < ((size_t)1 << 20))
        slots <<= 1;
    return slots;
}

static size_t
slot_of(const figure_table *table, uint64_t bits)
{
    size_t at = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 40) & table->mask;
    while (table->kept[at] && table->bits[at] != bits)
        at = (at + 1) & table->mask;
    return at;
}

/* ``figure`` (a new reference) kept in the table under its bits: the table half full
 * at most, so that a search stops soon. -1 for an error (the figure then not kept). */
static int
table_keep(figure_table *table, uint64_t bits, PyObject *figure)
{
    if ((table->used + 1) * 2 > table->mask + 1) {
        figure_table bigger;
        if (table_alloc(&bigger, (table->mask + 1) * 2) < 0)
            return -1;
        for (size_t k = 0; k <= table->mask; k++)
            if (table->kept[k]) {
                size_t at = slot_of(&bigger, table->bits[k]);
                bigger.bits[at] = table->bits[k];
                bigger.kept[at] = table->kept[k];
                bigger.used++;
            }
        PyMem_Free(table->bits);
        PyMem_Free(table->kept);
        *table = bigger;
    }
    size_t at = slot_of(table, bits);
    table->bits[at] = bits;
    table->kept[at] = figure;
    table->used++;
    return 0;
}

/* The page's figure of value v (a new reference). */
static PyObject *
figure(figure_table *table, double v)
{
    if (v == 0.0 || isnan(v))
        return PyFloat_FromDouble(v);
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    PyObject *kept = table->kept[slot_of(table, bits)];
    if (!kept) {
        if (!(kept = PyFloat_FromDouble(v)) || table_keep(table, bits, kept) < 0) {
            Py_XDECREF(kept);
            return NULL;
        }
    }
    Py_INCREF(kept);
    return kept;
}

/* The page's figure of a style's size (a float Python made): the one the table holds
 * of that value, else this one, kept from now on. A new reference. */
static PyObject *
size_figure(figure_table *table, PyObject *size)
{
    double v = PyFloat_CheckExact(size) ? PyFloat_AS_DOUBLE(size) : 0.0;
    if (v == 0.0 || isnan(v)) {
        Py_INCREF(size);               /* (not a float, zero or NaN: not shared) */
        return size;
    }
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    PyObject *kept = table->kept[slot_of(table, bits)];
    if (!kept) {
        Py_INCREF(size);
        if (table_keep(table, bits, size) < 0) {
            Py_DECREF(size);
            return NULL;
        }
        kept = size;
    }
    Py_INCREF(kept);
    return kept;
}

/* A char's figure set anew (a ligature's or an ActualText's right, left). */
static int
set_figure(PyObject *c, const char *name, double v)
{
    PyObject *f = PyFloat_FromDouble(v);
    if (!f)
        return -1;
    int failed = PyObject_SetAttrString(c, name, f);
    Py_DECREF(f);
    return failed;
}

static int
get_figure(PyObject *c, const char *name, double *v)
{
    PyObject *f = PyObject_GetAttrString(c, name);
    if (!f)
        return -1;
    *v = PyFloat_AsDouble(f);
    Py_DECREF(f);
    return (*v == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

/* made_up.append((place, what)) */
static int
note_made_up(PyObject *made_up, Py_ssize_t place, PyObject *what)
{
    PyObject *entry = Py_BuildValue("(nO)", place, what);
    if (!entry)
        return -1;
    int failed = PyList_Append(made_up, entry);
    Py_DECREF(entry);
    return failed;
}

/* reach[o] = ink_end */
static int
note_reach(PyObject *reach, PyObject *o, double ink_end)
{
    PyObject *f = PyFloat_FromDouble(ink_end);
    if (!f)
        return -1;
    int failed = PyDict_SetItem(reach, o, f);
    Py_DECREF(f);
    return failed;
}

static int
as_double(PyObject *v, double *out)
{
    *out = PyFloat_AsDouble(v);
    return (*out == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

/* A text object's place: what pdfium_chars._Reading.begin reads of the page-object
 * tree (pdfium._Objects's order, container, form_of and bounds). */
typedef struct {
    PyObject *order, *container, *form_of, *bounds;
} object_places;

/* An object's place in drawing order (*o), its head (that place, innermost form, top
 * form: 0 for none) and whether it inks (its bounds are 0.01 high or more). New
 * references; -1 for an error (an object the tree does not know: KeyError). */
static int
object_place(object_places *places, uint64_t obj, PyObject **o, PyObject **head, int *inks)
{
    PyObject *key = PyLong_FromUnsignedLongLong(obj);
    if (!key)
        return -1;
    int failed = -1;
    PyObject *zero = PyLong_FromLong(0);
    PyObject *place = PyDict_GetItemWithError(places->order, key);   /* (borrowed) */
    if (!place) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, key);
        goto out;
    }
    PyObject *inner = PyDict_GetItemWithError(places->container, key);
    if (!inner && PyErr_Occurred())
        goto out;
    PyObject *top = PyDict_GetItemWithError(places->form_of, key);
    if (!top && PyErr_Occurred())
        goto out;
    PyObject *bound = PyDict_GetItemWithError(places->bounds, place);
    if (!bound) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, place);
        goto out;
    }
    if (!PyTuple_Check(bound) || PyTuple_GET_SIZE(bound) != 4) {
        PyErr_SetString(PyExc_TypeError, "read_chars: an object's bounds are four figures");
        goto out;
    }
    double y0, y1;
    if (as_double(PyTuple_GET_ITEM(bound, 1), &y0) < 0 ||
            as_double(PyTuple_GET_ITEM(bound, 3), &y1) < 0)
        goto out;
    if (!(*head = PyTuple_Pack(3, place, inner ? inner : zero, top ? top : zero)))
        goto out;
    *inks = y1 - y0 >= 0.01;
    Py_INCREF(place);
    *o = place;
    failed = 0;
out:
    Py_XDECREF(zero);
    Py_DECREF(key);
    return failed;
}

/* PDFium's functions the loop calls per text object (see pdfium_bulk.LOOP_CALLS). */
typedef struct { float a, b, c, d, e, f; } matrix_f;       /* PDFium's FS_MATRIX */
typedef void *(*object_font_fn)(void *obj);
typedef int (*char_matrix_fn)(void *text_page, int index, matrix_f *matrix);
typedef int (*font_size_fn)(void *obj, float *size);
typedef int (*fill_color_fn)(void *obj, unsigned *r, unsigned *g, unsigned *b, unsigned *a);

typedef struct {
    ink_box_fn ink_box;
    object_font_fn object_font;
    char_matrix_fn char_matrix;
    font_size_fn font_size;
    fill_color_fn fill_color;
} loop_calls;

/* The style fields reading.style_of gives, in this order. */
enum { S_STYLE, S_TURNED, S_WIDTHS, S_FONT, S_SIZE, S_DESCENT, S_COLOR, S_HANDLE, S_ACROSS,
       S_LEAN, S_DIRECTION, S_FIELDS };

/* What makes a style: its font, its first character's matrix (none: zeros), its font
 * size and its fill colour (none: black), as PDFium says them. */
typedef struct {
    void *font;
    int has_matrix, has_color;
    float a, b, c, d, size;
    unsigned r, g, b_;
} style_key;

/* The page's first styles by their keys, looked up by comparing figures (a page draws a
 * few dozen styles in a hundred or more objects); past STYLES_KEPT, ``drawn`` (a dict
 * by the key as a tuple) keeps the others. The fields are held (a reference each). */
#ifndef STYLES_KEPT
#define STYLES_KEPT 64
#endif
typedef struct {
    style_key key[STYLES_KEPT];
    PyObject *fields[STYLES_KEPT];
    int count, last;          /* how many kept; the one found last (looked at first) */
} style_table;

static void
styles_clear(style_table *styles)
{
    for (int k = 0; k < styles->count; k++)
        Py_CLEAR(styles->fields[k]);
    styles->count = styles->last = 0;
}

/* Whether two keys are the same style: their figures equal as Python's tuple of them
 * compares them (0.0 and -0.0 alike; a NaN equal to nothing). */
static int
same_style(const style_key *x, const style_key *y)
{
    return x->font == y->font && x->has_matrix == y->has_matrix &&
           x->has_color == y->has_color && x->a == y->a && x->b == y->b && x->c == y->c &&
           x->d == y->d && x->size == y->size && x->r == y->r && x->g == y->g &&
           x->b_ == y->b_;
}

/* A text object's style fields (a new reference), asked of Python (style_of) once per
 * page for all objects drawn alike: a style is made of the object's font, its first
 * character's matrix, its font size and its fill colour (pdfium_chars._Style), and
 * nothing else PDFium says; ``styles`` and ``drawn`` keep the fields by those. An object
 * whose font size PDFium cannot give takes its size from its character: asked each
 * time. */
static PyObject *
style_fields(loop_calls *calls, style_table *styles, PyObject *drawn, PyObject *style_of,
             void *text_page, Py_ssize_t i, uint64_t obj)
{
    void *handle = (void *)(uintptr_t)obj;
    matrix_f m = {0, 0, 0, 0, 0, 0};
    float size = 0;
    unsigned r = 0, g = 0, b = 0, alpha = 0;
    void *font = calls->object_font(handle);
    int has_matrix = calls->char_matrix(text_page, (int)i, &m) ? 1 : 0;
    int has_size = calls->font_size(handle, &size) ? 1 : 0;
    int has_color = calls->fill_color(handle, &r, &g, &b, &alpha) ? 1 : 0;
    PyObject *key = NULL, *fields;
    style_key wanted;
    if (has_size) {
        if (!has_matrix)
            m.a = m.b = m.c = m.d = 0;
        if (!has_color)
            r = g = b = 0;
        wanted = (style_key){font, has_matrix, has_color, m.a, m.b, m.c, m.d, size, r, g, b};
        if (styles->count && same_style(&styles->key[styles->last], &wanted)) {
            Py_INCREF(styles->fields[styles->last]);
            return styles->fields[styles->last];
        }
        for (int k = 0; k < styles->count; k++)
            if (same_style(&styles->key[k], &wanted)) {
                styles->last = k;
                Py_INCREF(styles->fields[k]);
                return styles->fields[k];
            }
        if (styles->count == STYLES_KEPT) {
            key = Py_BuildValue("(KiddddfiIII)", (unsigned long long)(uintptr_t)font,
                                has_matrix, (double)m.a, (double)m.b, (double)m.c,
                                (double)m.d, size, has_color, r, g, b);
            if (!key)
                return NULL;
            fields = PyDict_GetItemWithError(drawn, key);
            if (fields) {
                Py_DECREF(key);
                Py_INCREF(fields);
                return fields;
            }
            if (PyErr_Occurred()) {
                Py_DECREF(key);
                return NULL;
            }
        }
    }
    fields = PyObject_CallFunction(style_of, "nK", i, (unsigned long long)obj);
    if (fields && (!PyTuple_Check(fields) || PyTuple_GET_SIZE(fields) != S_FIELDS)) {
        PyErr_SetString(PyExc_TypeError, "read_chars: reading.style_of gives 11 fields");
        Py_CLEAR(fields);
    }
    if (fields && has_size) {
        if (styles->count < STYLES_KEPT) {
            styles->key[styles->count] = wanted;
            styles->fields[styles->count] = fields;
            Py_INCREF(fields);
            styles->last = styles->count++;
        } else if (PyDict_SetItem(drawn, key, fields) < 0) {
            Py_CLEAR(fields);
        }
    }
    Py_XDECREF(key);
    return fields;
}

static PyObject *
read_chars(PyObject *self, PyObject *args)
{
    PyObject *reading, *text, *columns, *ctm_tuple;
    Py_ssize_t n;
    int upright;
    unsigned long long page_address, address[5];
    if (!PyArg_ParseTuple(args, "OUnO!O!pK(KKKKK)", &reading, &text, &n, &PyTuple_Type,
                          &columns, &PyTuple_Type, &ctm_tuple, &upright, &page_address,
                          &address[0], &address[1], &address[2], &address[3], &address[4]))
        return NULL;
    for (int k = 0; k < 5; k++)
        if (!address[k] || !page_address) {
            PyErr_SetString(PyExc_ValueError, "read_chars: a null text page or function");
            return NULL;
        }
    void *text_page = (void *)(uintptr_t)page_address;
    loop_calls calls = {(ink_box_fn)(uintptr_t)address[0],
                        (object_font_fn)(uintptr_t)address[1],
                        (char_matrix_fn)(uintptr_t)address[2],
                        (font_size_fn)(uintptr_t)address[3],
                        (fill_color_fn)(uintptr_t)address[4]};
    ink_box_fn ink_box = calls.ink_box;
    if (PyTuple_GET_SIZE(columns) != COLUMNS || PyTuple_GET_SIZE(ctm_tuple) != 6) {
        PyErr_SetString(PyExc_ValueError, "read_chars: seven columns and a six-figure matrix");
        return NULL;
    }
    if (n < 0 || n > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_ValueError, "read_chars: more characters than the text holds");
        return NULL;
    }
    double ctm[6];
    for (int k = 0; k < 6; k++)
        if (as_double(PyTuple_GET_ITEM(ctm_tuple, k), &ctm[k]) < 0)
            return NULL;
    const double dx = ctm[4], dy = ctm[5];

    /* The columns, as pdfium_bulk.page_chars gives them. */
    static const char *formats[COLUMNS] = {"Q", "f", "f", "f", "f", "d", "d"};
    static const Py_ssize_t widths[COLUMNS] = {
        sizeof(uint64_t), sizeof(float), sizeof(float), sizeof(float), sizeof(float),
        sizeof(double), sizeof(double)};
    Py_buffer view[COLUMNS];
    int held = 0;
    PyObject *result = NULL, *out = NULL, *info = NULL, *o_obj = NULL;
    PyObject *y0_kept = NULL, *y1_kept = NULL;    /* the rounded baseline (see below) */
    PyObject *size = NULL;                        /* the current object's size (owned) */
    object_places places = {NULL, NULL, NULL, NULL};
    PyObject *objects_tree = NULL, *reading_styles = NULL, *head = NULL;
    PyObject *style_of = NULL, *advance = NULL, *space = NULL, *printable = NULL,
             *special = NULL, *em_of = NULL, *reach = NULL, *seen = NULL, *inkless = NULL,
             *space_ink = NULL, *reaching = NULL, *made_up = NULL, *brk = NULL,
             *char_type = NULL, *texts = NULL, *known = NULL;
    char_maker maker = {NULL, {NULL}};
    figure_table figures_kept = {NULL, NULL, 0, 0};
    style_table styles;
    styles.count = styles.last = 0;
    for (; held < COLUMNS; held++) {
        if (PyObject_GetBuffer(PyTuple_GET_ITEM(columns, held), &view[held],
                               PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0)
            goto done;
        if (view[held].itemsize != widths[held] || !view[held].format ||
                strcmp(view[held].format, formats[held]) != 0 ||
                view[held].len < n * widths[held]) {
            PyErr_Format(PyExc_ValueError, "read_chars: column %d is not %zd %s figures",
                         held, n, formats[held]);
            held++;
            goto done;
        }
    }
    const uint64_t *objects = (const uint64_t *)view[OBJECT].buf;
    const float *lefts = (const float *)view[LEFT].buf, *bottoms = (const float *)view[BOTTOM].buf,
                *rights = (const float *)view[RIGHT].buf, *tops = (const float *)view[TOP].buf;
    const double *xs = (const double *)view[X].buf, *ys = (const double *)view[Y].buf;

#define ATTR(var, name) if (!(var = PyObject_GetAttrString(reading, name))) goto done
    ATTR(style_of, "style_of"); ATTR(advance, "advance"); ATTR(space, "space");
    ATTR(objects_tree, "objects"); ATTR(reading_styles, "styles_drawn");
    ATTR(printable, "printable"); ATTR(special, "special"); ATTR(em_of, "em");
    ATTR(reach, "reach"); ATTR(seen, "seen"); ATTR(inkless, "inkless");
    ATTR(space_ink, "space_ink"); ATTR(reaching, "reaching"); ATTR(made_up, "made_up");
    ATTR(brk, "BREAK"); ATTR(char_type, "Char");
    ATTR(texts, "texts"); ATTR(known, "known");
#undef ATTR
    if (!PyDict_Check(reach) || !PyAnySet_Check(seen) || !PyAnySet_Check(inkless) ||
            !PyDict_Check(space_ink) || !PyList_Check(reaching) || !PyList_Check(made_up) ||
            !PyDict_Check(texts) || !PyDict_Check(known)) {
        PyErr_SetString(PyExc_TypeError, "read_chars: reading's collections are not "
                        "a dict, sets, a dict, lists and dicts");
        goto done;
    }
#define TREE(var, name) if (!(places.var = PyObject_GetAttrString(objects_tree, name)) || \
                             !PyDict_Check(places.var)) { \
        if (places.var) PyErr_SetString(PyExc_TypeError, "read_chars: objects." name " is not a dict"); \
        goto done; }
    TREE(order, "order"); TREE(container, "container"); TREE(form_of, "form_of");
    TREE(bounds, "bounds");
#undef TREE
    if (!PyDict_Check(reading_styles)) {
        PyErr_SetString(PyExc_TypeError, "read_chars: reading.styles_drawn is not a dict");
        goto done;
    }
    if (char_maker_init(&maker, char_type) < 0 || table_alloc(&figures_kept, table_slots(n)) < 0)
        goto done;
    if (!(out = PyList_New(0)))
        goto done;

    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    uint64_t current = 0;            /* the text object of the character before */
    long last_order = -1;
    int in_order = 1;                /* the objects come in drawing order */
    int have_prior = 0;              /* the upright character before: */
    uint64_t prior = 0;
    double last_x = 0.0, last_left = 0.0, last_right = 0.0;
    int have_ink_end = 0;            /* the current object's last glyph's loose right */
    double ink_end = 0.0;
    long o = -1;
    int straight = 0, inks = 0, added = 0, turned = 0;
    /* The current object's fields (borrowed from info) and figures. */
    PyObject *style = NULL, *widths_of = NULL, *font = NULL, *color = NULL,
             *handle = NULL;
    double size_v = 0.0, descent = 0.0, across = 0.0, lean = 0.0, direction = 0.0;
    /* The baseline of the character before, as computed and as rounded (a line's
     * characters share it, and one float for the line's y0 and y1). */
    int have_baseline = 0;
    double baseline = 0.0;
    int right_to_left_said = 0;      /* objects.right_to_left set (by a known letter) */

    for (Py_ssize_t i = 0; i < n; i++) {
        const uint64_t obj = objects[i];
        const Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (!obj) {
            if (note_made_up(made_up, PyList_GET_SIZE(out),
                             (ch == '\r' || ch == '\n') ? brk : Py_None) < 0)
                goto done;
            continue;
        }
        const double left = lefts[i], bottom = bottoms[i], right = rights[i], top = tops[i];
        const double x = xs[i], y = ys[i];
        if (obj != current) {
            if (have_ink_end) {
                if (note_reach(reach, o_obj, ink_end) < 0)   /* its ink, for pdfium_spaces */
                    goto done;
                have_ink_end = 0;
            }
            current = obj;
            /* Its place in drawing order, its forms, whether it inks (as
             * pdfium_chars._Reading.begin), and its style's fields. */
            Py_CLEAR(info);
            Py_CLEAR(o_obj);
            Py_CLEAR(head);
            if (object_place(&places, obj, &o_obj, &head, &inks) < 0)
                goto done;
            o = PyLong_AsLong(o_obj);
            if (o == -1 && PyErr_Occurred())
                goto done;
            if (!(info = style_fields(&calls, &styles, reading_styles, style_of, text_page, i, obj)))
                goto done;
            style = PyTuple_GET_ITEM(info, S_STYLE);
            turned = PyObject_IsTrue(PyTuple_GET_ITEM(info, S_TURNED));
            if (turned < 0)
                goto done;
            widths_of = PyTuple_GET_ITEM(info, S_WIDTHS);
            if (!PyDict_Check(widths_of)) {
                PyErr_SetString(PyExc_TypeError, "read_chars: a style's widths are a dict");
                goto done;
            }
            font = PyTuple_GET_ITEM(info, S_FONT);
            /* (its size the page's figure of that value: see figure()) */
            Py_XSETREF(size, size_figure(&figures_kept, PyTuple_GET_ITEM(info, S_SIZE)));
            if (!size)
                goto done;
            color = PyTuple_GET_ITEM(info, S_COLOR);
            handle = PyTuple_GET_ITEM(info, S_HANDLE);
            if (as_double(size, &size_v) < 0 ||
                    as_double(PyTuple_GET_ITEM(info, S_DESCENT), &descent) < 0 ||
                    as_double(PyTuple_GET_ITEM(info, S_ACROSS), &across) < 0 ||
                    as_double(PyTuple_GET_ITEM(info, S_LEAN), &lean) < 0 ||
                    as_double(PyTuple_GET_ITEM(info, S_DIRECTION), &direction) < 0)
                goto done;
            if (o < last_order)
                in_order = 0;
            last_order = o;
            added = 0;
            straight = upright && !turned;
            have_baseline = 0;
        }
        if (ch == ' ' && right - left < 0.01) {
            /* a space PDFium made up inside a text object */
            if (note_made_up(made_up, PyList_GET_SIZE(out), Py_None) < 0)
                goto done;
            continue;
        }
        PyObject *t = PyUnicode_FromOrdinal(ch);      /* (cached below U+0100) */
        if (!t)
            goto done;
        PyObject *shown = NULL;                       /* t as pdfminer spells it */
        double x0, x1, y0, y1 = 0.0;
        if (straight) {
            /* The loose box starts at the origin and ends where the advance does. */
            PyObject *em = PyDict_GetItemWithError(widths_of, t);
            if (!em && PyErr_Occurred())
                goto char_failed;
            double em_v = 0.0;
            if (em && as_double(em, &em_v) < 0)
                goto char_failed;
            int settled = 1;              /* where the advance ends is known here */
            if (em && right <= x + em_v * across + 0.01) {
                x1 = right + dx;              /* no overhang: the loose box ends the advance */
            } else if (em && ch <= 0x58f && em_v <= 0) {
                x1 = right + dx;              /* (pdfium_chars._advance: no width) */
            } else if (em && ch <= 0x58f) {
                /* pdfium_chars._advance, for a character the font has a width for and
                 * not of a right-to-left script: its outline overhangs the advance (an
                 * italic "f"); the advance ends it unless the ink stops short of the
                 * loose box's end (the text is scaled). */
                double end = x + em_v * across, ink_left, ink_right, ink_bottom, ink_top;
                if (ink_box(text_page, (int)i, &ink_left, &ink_right, &ink_bottom, &ink_top))
                    x1 = (ink_right >= right - 0.01 ? end : right) + dx;
                else
                    settled = 0;
            } else {
                settled = 0;
            }
            if (!settled) {
                /* Asked in Python: a width the font has not been asked for yet, a
                 * right-to-left letter, an ink box PDFium cannot give (its buffers then
                 * keep the last one's). */
                PyObject *end = PyObject_CallFunction(advance, "nOOddn", i, t, style, x, right,
                                                      PyList_GET_SIZE(out));
                if (!end)
                    goto char_failed;
                double end_v;
                int failed = as_double(end, &end_v);
                Py_DECREF(end);
                if (failed < 0)
                    goto char_failed;
                x1 = end_v + dx;
            }
            x0 = x + dx;
            if (ch == ' ') {
                int known = PyDict_Contains(space_ink, handle);
                if (known < 0)
                    goto char_failed;
                if (!known) {
                    PyObject *r = PyObject_CallFunction(space, "nO", i, handle);
                    if (!r)
                        goto char_failed;
                    Py_DECREF(r);
                }
            } else {
                ink_end = right + dx;
                have_ink_end = 1;
                if (!inks && PySet_Add(inkless, handle) < 0)
                    goto char_failed;
            }
            y0 = y + descent + dy;
            if (have_prior && x == last_x && obj == prior) {
                Py_ssize_t count = PyList_GET_SIZE(out);
                PyObject *before = PyTuple_GET_ITEM(PyList_GET_ITEM(out, count - 1), 3);
                if (left == last_left && right == last_right) {
                    /* One glyph, several characters (a ligature PDFium spells out): one
                     * character, its advance the glyph's (the loose box's right). */
                    PyObject *more = PyObject_CallFunction(printable, "On", t, i);
                    if (!more)
                        goto char_failed;
                    PyObject *so_far = PyObject_GetAttrString(before, "text");
                    PyObject *joined = so_far ? PyNumber_Add(so_far, more) : NULL;
                    Py_XDECREF(so_far);
                    Py_DECREF(more);
                    if (!joined)
                        goto char_failed;
                    int failed = PyObject_SetAttrString(before, "text", joined);
                    Py_DECREF(joined);
                    double had, end;
                    if (failed < 0 || get_figure(before, "x1", &had) < 0 ||
                            thousandths(right + dx, &end) < 0 ||
                            set_figure(before, "x1", greater(had, end)) < 0)
                        goto char_failed;
                    Py_ssize_t waiting = PyList_GET_SIZE(reaching);
                    if (waiting) {
                        Py_ssize_t last = PyLong_AsSsize_t(PyList_GET_ITEM(reaching, waiting - 1));
                        if (last == -1 && PyErr_Occurred())
                            goto char_failed;
                        if (last == count && PyList_SetSlice(reaching, waiting - 1, waiting,
                                                             NULL) < 0)
                            goto char_failed;
                    }
                    Py_DECREF(t);
                    continue;
                }
                /* ActualText: PDFium spreads it over the object's box, every one at
                 * its origin. */
                x0 = left + dx;
                x1 = right + dx;
                if (set_figure(before, "x0", last_left + dx) < 0 ||
                        set_figure(before, "x1", last_right + dx) < 0)
                    goto char_failed;
            }
            have_prior = 1;
            prior = obj;
            last_x = x; last_left = left; last_right = right;
            if (lean) {
                PyObject *w = PyObject_CallFunction(em_of, "OO", style, t);
                if (!w)
                    goto char_failed;
                double w_v;
                int failed = as_double(w, &w_v);
                Py_DECREF(w);
                if (failed < 0)
                    goto char_failed;
                if (w_v > 0)
                    x1 = x0 + w_v * across;
                x0 += lean * descent;
                x1 += lean * (descent + size_v);
            }
        } else {
            double b[4];
            box_through(ctm, left, bottom, right, top, b);
            x0 = b[0]; y0 = b[1]; x1 = b[2]; y1 = b[3];
        }
        if (ch < 32 || ch > 126) {
            /* (a character already read so, anywhere in the document, and of nothing
             * but itself: reading.known; else asked of Python) */
            PyObject *said = PyDict_GetItemWithError(known, t);
            if (said)
                Py_INCREF(said);
            else if (!PyErr_Occurred())
                said = PyObject_CallFunction(special, "OnO", t, i, font);
            if (!said)
                goto char_failed;
            if (!PyTuple_Check(said) || PyTuple_GET_SIZE(said) < 2 ||
                    PyTuple_GET_SIZE(said) > 3) {
                Py_DECREF(said);
                PyErr_SetString(PyExc_TypeError, "read_chars: reading.special gives two");
                goto char_failed;
            }
            if (PyTuple_GET_SIZE(said) == 3 && !right_to_left_said) {
                /* a known letter of a right-to-left script: the page holds such text */
                int rtl = PyObject_IsTrue(PyTuple_GET_ITEM(said, 2));
                if (rtl < 0 || (rtl && PyObject_SetAttrString(objects_tree, "right_to_left",
                                                              Py_True) < 0)) {
                    Py_DECREF(said);
                    goto char_failed;
                }
                right_to_left_said = rtl;
            }
            shown = PyTuple_GET_ITEM(said, 0);
            if (!PyUnicode_Check(shown)) {
                Py_DECREF(said);
                PyErr_SetString(PyExc_TypeError, "read_chars: reading.special gives a text");
                goto char_failed;
            }
            if (PyUnicode_GET_LENGTH(shown) != 1 || PyUnicode_READ_CHAR(shown, 0) > 0xff) {
                /* one object per distinct text on the page (Latin-1 letters are shared) */
                shown = PyDict_SetDefault(texts, shown, shown);
                if (!shown) {
                    Py_DECREF(said);
                    goto char_failed;
                }
            }
            Py_INCREF(shown);
            int mark = PyObject_IsTrue(PyTuple_GET_ITEM(said, 1));
            Py_DECREF(said);
            if (mark < 0)
                goto char_failed;
            if (mark)
                x1 = x0;            /* a mark set on its letter: no advance of its own */
        } else {
            shown = t;
            Py_INCREF(shown);
        }
        PyObject *figures[4] = {NULL, NULL, NULL, NULL};
        PyObject *values[FIELDS];
        if (turned) {
            /* The box across the turned line is one size wide, from the descent side. */
            if (direction > 0)
                x0 = x1 - size_v;
            else
                x1 = x0 + size_v;
            figures[0] = figure(&figures_kept, x0);
            figures[1] = figure(&figures_kept, x1);
            figures[2] = figure(&figures_kept, y0);
            figures[3] = figure(&figures_kept, y1);
        } else {
            /* Rounded back to the PDF's own figures (PDFium keeps single precision). */
            if (!have_baseline || y0 != baseline) {
                double kept;
                have_baseline = 1;
                baseline = y0;
                if (thousandths(y0, &kept) < 0)
                    goto figures_failed;
                Py_XSETREF(y0_kept, figure(&figures_kept, kept));
                Py_XSETREF(y1_kept, figure(&figures_kept, kept + size_v));
                if (!y0_kept || !y1_kept)
                    goto figures_failed;
            }
            double r0, r1;
            if (thousandths(x0, &r0) < 0 || thousandths(x1, &r1) < 0)
                goto figures_failed;
            figures[0] = figure(&figures_kept, r0);
            figures[1] = figure(&figures_kept, r1);
            figures[2] = y0_kept; Py_INCREF(y0_kept);
            figures[3] = y1_kept; Py_INCREF(y1_kept);
        }
        if (!figures[0] || !figures[1] || !figures[2] || !figures[3])
            goto figures_failed;
        values[F_TEXT] = shown; values[F_FONT] = font; values[F_SIZE] = size;
        values[F_X0] = figures[0]; values[F_X1] = figures[1];
        values[F_Y0] = figures[2]; values[F_Y1] = figures[3]; values[F_COLOR] = color;
        PyObject *c = make_char(&maker, values);
        for (int k = 0; k < 4; k++)
            Py_CLEAR(figures[k]);
        Py_CLEAR(shown);
        Py_CLEAR(t);
        if (!c)
            goto done;
        PyObject *entry = PyTuple_New(5);
        if (!entry) {
            Py_DECREF(c);
            goto done;
        }
        for (int k = 0; k < 3; k++) {
            PyObject *v = PyTuple_GET_ITEM(head, k);
            Py_INCREF(v);
            PyTuple_SET_ITEM(entry, k, v);
        }
        PyTuple_SET_ITEM(entry, 3, c);
        Py_INCREF(style);
        PyTuple_SET_ITEM(entry, 4, style);
        /* (nor need it walk the entry: its numbers, its character and its style, which
         * holds nothing of the page's characters, make no cycle) */
        PyObject_GC_UnTrack(entry);
        int failed = PyList_Append(out, entry);
        Py_DECREF(entry);
        if (failed < 0)
            goto done;
        if (!added) {
            if (PySet_Add(seen, o_obj) < 0)
                goto done;
            added = 1;
        }
        continue;
    figures_failed:
        for (int k = 0; k < 4; k++)
            Py_XDECREF(figures[k]);
    char_failed:
        Py_XDECREF(shown);
        Py_DECREF(t);
        goto done;
    }
    if (have_ink_end && note_reach(reach, o_obj, ink_end) < 0)
        goto done;
    result = Py_BuildValue("(OO)", out, in_order ? Py_True : Py_False);

done:
    for (int k = 0; k < held; k++)
        PyBuffer_Release(&view[k]);
    char_maker_clear(&maker);
    table_clear(&figures_kept);
    styles_clear(&styles);
    Py_XDECREF(y0_kept);
    Py_XDECREF(y1_kept);
    Py_XDECREF(size);
    Py_XDECREF(info);
    Py_XDECREF(out);
    Py_XDECREF(places.order); Py_XDECREF(places.container); Py_XDECREF(places.form_of);
    Py_XDECREF(places.bounds); Py_XDECREF(objects_tree); Py_XDECREF(reading_styles);
    Py_XDECREF(head); Py_XDECREF(o_obj);
    Py_XDECREF(style_of); Py_XDECREF(advance); Py_XDECREF(space); Py_XDECREF(printable);
    Py_XDECREF(special); Py_XDECREF(em_of); Py_XDECREF(reach); Py_XDECREF(seen);
    Py_XDECREF(inkless); Py_XDECREF(space_ink); Py_XDECREF(reaching); Py_XDECREF(made_up);
    Py_XDECREF(brk); Py_XDECREF(char_type); Py_XDECREF(texts);
    Py_XDECREF(known);
    return result;
}

/* ---- The page-object tree (pdfium._Objects's walk, ported line by line) -------------
 *
 * walk_objects(page, ctm, objects, result, calls, kinds): walks the page's objects and
 * the forms' as pdfium._Objects._visit does, filling the same Python collections:
 * objects.order, .bounds, .blank, .form_of, .container and .forms; result.images,
 * .has_image, .image_cover and .rules. Figures are computed in Python's order, in
 * doubles, from PDFium's single-precision bounds and points. */

typedef int (*count_fn)(void *holder);
typedef void *(*object_at_fn)(void *holder, int index);
typedef void *(*form_object_fn)(void *form, unsigned long index);
typedef int (*type_fn)(void *obj);
typedef int (*bounds_fn)(void *obj, float *left, float *bottom, float *right, float *top);
typedef int (*matrix_fn)(void *obj, matrix_f *matrix);
typedef void *(*segment_fn)(void *path, int index);
typedef int (*point_fn)(void *segment, float *x, float *y);

typedef struct {
    count_fn count_objects;
    object_at_fn page_object;
    count_fn count_form_objects;
    form_object_fn form_object;
    type_fn object_type;
    bounds_fn object_bounds;
    matrix_fn object_matrix;
    count_fn count_segments;
    segment_fn segment;
    point_fn segment_point;
    type_fn segment_type;
    int text, path, image, form, moveto;       /* PDFium's codes */
    /* the Python collections filled */
    PyObject *order, *bounds, *blank, *form_of, *container, *forms, *images, *rules;
    PyObject *result;
    double page_area;                          /* max(width * height, 1.0) */
    int has_image;
    double image_cover;
    float l, b, r, t;                          /* the bounds' buffers (kept on failure) */
    double *points;                            /* a path's points so far, x and y */
    Py_ssize_t points_held, points_room;
} walk;

/* pdfium_lib.times: m then n. */
static void
times(const double *m, const double *n, double *out)
{
    double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5];
    out[0] = a * n[0] + b * n[2];
    out[1] = a * n[1] + b * n[3];
    out[2] = c * n[0] + d * n[2];
    out[3] = c * n[1] + d * n[3];
    out[4] = e * n[0] + f * n[2] + n[4];
    out[5] = e * n[1] + f * n[3] + n[5];
}

/* _Objects._bounds: the object's bounds taken through m. */
static void
walk_bounds(walk *w, void *obj, const double *m, double *out)
{
    w->object_bounds(obj, &w->l, &w->b, &w->r, &w->t);
    box_through(m, w->l, w->b, w->r, w->t, out);
}

/* _Objects._own_matrix (the identity where PDFium gives none). */
static void
own_matrix(walk *w, void *obj, double *out)
{
    matrix_f m;
    if (!w->object_matrix(obj, &m)) {
        out[0] = 1.0; out[1] = 0.0; out[2] = 0.0; out[3] = 1.0; out[4] = 0.0; out[5] = 0.0;
        return;
    }
    out[0] = m.a; out[1] = m.b; out[2] = m.c; out[3] = m.d; out[4] = m.e; out[5] = m.f;
}

static PyObject *
box_tuple(const double *v)
{
    return Py_BuildValue("(dddd)", v[0], v[1], v[2], v[3]);
}

/* _Objects._rule: a subpath under 2 points high and over 20 wide is a rule. */
static int
walk_rule(walk *w)
{
    Py_ssize_t n = w->points_held;
    w->points_held = 0;
    if (n < 2)
        return 0;
    double x0 = w->points[0], x1 = w->points[0], y0 = w->points[1], y1 = w->points[1];
    for (Py_ssize_t k = 1; k < n; k++) {
        x0 = lesser(x0, w->points[2 * k]); x1 = greater(x1, w->points[2 * k]);
        y0 = lesser(y0, w->points[2 * k + 1]); y1 = greater(y1, w->points[2 * k + 1]);
    }
    if (!(y1 - y0 < 2 && x1 - x0 > 20))
        return 0;
    PyObject *rule = Py_BuildValue("(ddd)", x0, x1, (y0 + y1) / 2);
    if (!rule)
        return -1;
    int failed = PyList_Append(w->rules, rule);
    Py_DECREF(rule);
    return failed;
}

/* _Objects._rules: a path's thin wide subpaths. */
static int
walk_rules(walk *w, void *obj, const double *m)
{
    double box[4], mine[6], own[6];
    walk_bounds(w, obj, m, box);
    if (box[2] - box[0] <= 20)
        return 0;                         /* no subpath of it is wide enough */
    own_matrix(w, obj, mine);
    times(mine, m, own);
    float x = 0.0f, y = 0.0f;
    w->points_held = 0;
    int count = w->count_segments(obj);
    for (int k = 0; k < count; k++) {
        void *segment = w->segment(obj, k);
        if (w->segment_type(segment) == w->moveto && w->points_held && walk_rule(w) < 0)
            return -1;
        w->segment_point(segment, &x, &y);
        if (w->points_held == w->points_room) {
            Py_ssize_t room = w->points_room ? 2 * w->points_room : 64;
            double *more = PyMem_Realloc(w->points, (size_t)room * 2 * sizeof(double));
            if (!more) {
                PyErr_NoMemory();
                return -1;
            }
            w->points = more;
            w->points_room = room;
        }
        double px = x, py = y;
        w->points[2 * w->points_held] = own[0] * px + own[2] * py + own[4];
        w->points[2 * w->points_held + 1] = own[1] * px + own[3] * py + own[5];
        w->points_held++;
    }
    return w->points_held ? walk_rule(w) : 0;
}

static int
set_item_owned(PyObject *dict, PyObject *key, PyObject *value)
{
    if (!key || !value) {
        Py_XDECREF(key);
        Py_XDECREF(value);
        return -1;
    }
    int failed = PyDict_SetItem(dict, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
    return failed;
}

static int
append_owned(PyObject *list, PyObject *value)
{
    if (!value)
        return -1;
    int failed = PyList_Append(list, value);
    Py_DECREF(value);
    return failed;
}

/* _Objects._visit */
static int
walk_visit(walk *w, void *obj, unsigned long long top, unsigned long long inner,
           const double *m)
{
    double box[4];
    int kind = w->object_type(obj);
    unsigned long long self = (unsigned long long)(uintptr_t)obj;
    if (kind == w->text) {
        PyObject *key = PyLong_FromUnsignedLongLong(self);
        PyObject *place = PyLong_FromSsize_t(PyDict_GET_SIZE(w->order));
        if (!key || !place || PyDict_SetItem(w->order, key, place) < 0) {
            Py_XDECREF(key);
            Py_XDECREF(place);
            return -1;
        }
        walk_bounds(w, obj, m, box);
        if (set_item_owned(w->bounds, place, box_tuple(box)) < 0) {   /* (place passed on) */
            Py_DECREF(key);
            return -1;
        }
        if (box[2] - box[0] < 0.01 || box[3] - box[1] < 0.01) {
            /* No width (PDFium's text page leaves it out) or no ink: spaces only. */
            double mine[6], both[6];
            own_matrix(w, obj, mine);
            times(mine, m, both);
            if (append_owned(w->blank, Py_BuildValue("(Oddd(dddddd))", key, box[0], box[2],
                                                     box[1], both[0], both[1], both[2],
                                                     both[3], both[4], both[5])) < 0) {
                Py_DECREF(key);
                return -1;
            }
        }
        if (top) {
            Py_INCREF(key);
            if (set_item_owned(w->form_of, key, PyLong_FromUnsignedLongLong(top)) < 0) {
                Py_DECREF(key);
                return -1;
            }
            Py_INCREF(key);
            if (set_item_owned(w->container, key, PyLong_FromUnsignedLongLong(inner)) < 0) {
                Py_DECREF(key);
                return -1;
            }
        }
        Py_DECREF(key);
    } else if (kind == w->path) {
        return walk_rules(w, obj, m);
    } else if (kind == w->image) {
        walk_bounds(w, obj, m, box);
        w->has_image = 1;
        w->image_cover = greater(w->image_cover,
                                 (box[2] - box[0]) * (box[3] - box[1]) / w->page_area);
        return append_owned(w->images, box_tuple(box));
    } else if (kind == w->form) {
        int count = w->count_form_objects(obj);
        if (count <= 0) {
            w->has_image = 1;             /* an empty figure, as pdfminer has it */
            walk_bounds(w, obj, m, box);
            return append_owned(w->images, box_tuple(box));
        }
        top = top ? top : self;
        if (top == self) {
            walk_bounds(w, obj, m, box);
            if (set_item_owned(w->forms, PyLong_FromUnsignedLongLong(self), box_tuple(box)) < 0)
                return -1;
        }
        double mine[6], inside[6];
        own_matrix(w, obj, mine);
        times(mine, m, inside);
        if (Py_EnterRecursiveCall(" while walking a page's forms"))
            return -1;
        for (int k = 0; k < count; k++) {
            if (walk_visit(w, w->form_object(obj, (unsigned long)k), top, self, inside) < 0) {
                Py_LeaveRecursiveCall();
                return -1;
            }
        }
        Py_LeaveRecursiveCall();
    }
    return 0;
}

static PyObject *
walk_objects(PyObject *self, PyObject *args)
{
    unsigned long long page_address, a[11];
    PyObject *ctm_tuple, *objects, *result;
    walk w;
    memset(&w, 0, sizeof w);
    if (!PyArg_ParseTuple(args, "KO!OO(KKKKKKKKKKK)(iiiii)", &page_address, &PyTuple_Type,
                          &ctm_tuple, &objects, &result, &a[0], &a[1], &a[2], &a[3], &a[4],
                          &a[5], &a[6], &a[7], &a[8], &a[9], &a[10], &w.text, &w.path,
                          &w.image, &w.form, &w.moveto))
        return NULL;
    for (int k = 0; k < 11; k++)
        if (!a[k] || !page_address) {
            PyErr_SetString(PyExc_ValueError, "walk_objects: a null page or function");
            return NULL;
        }
    if (PyTuple_GET_SIZE(ctm_tuple) != 6) {
        PyErr_SetString(PyExc_ValueError, "walk_objects: a six-figure matrix");
        return NULL;
    }
    double ctm[6];
    for (int k = 0; k < 6; k++)
        if (as_double(PyTuple_GET_ITEM(ctm_tuple, k), &ctm[k]) < 0)
            return NULL;
    w.count_objects = (count_fn)(uintptr_t)a[0];
    w.page_object = (object_at_fn)(uintptr_t)a[1];
    w.count_form_objects = (count_fn)(uintptr_t)a[2];
    w.form_object = (form_object_fn)(uintptr_t)a[3];
    w.object_type = (type_fn)(uintptr_t)a[4];
    w.object_bounds = (bounds_fn)(uintptr_t)a[5];
    w.object_matrix = (matrix_fn)(uintptr_t)a[6];
    w.count_segments = (count_fn)(uintptr_t)a[7];
    w.segment = (segment_fn)(uintptr_t)a[8];
    w.segment_point = (point_fn)(uintptr_t)a[9];
    w.segment_type = (type_fn)(uintptr_t)a[10];
    PyObject *done = NULL, *width = NULL, *height = NULL, *had = NULL, *cover = NULL;
#define GET(var, from, name) if (!(var = PyObject_GetAttrString(from, name))) goto out
    GET(w.order, objects, "order"); GET(w.bounds, objects, "bounds");
    GET(w.blank, objects, "blank"); GET(w.form_of, objects, "form_of");
    GET(w.container, objects, "container"); GET(w.forms, objects, "forms");
    GET(w.images, result, "images"); GET(w.rules, result, "rules");
    GET(width, result, "width"); GET(height, result, "height");
    GET(had, result, "has_image"); GET(cover, result, "image_cover");
#undef GET
    if (!PyDict_Check(w.order) || !PyDict_Check(w.bounds) || !PyList_Check(w.blank) ||
            !PyDict_Check(w.form_of) || !PyDict_Check(w.container) || !PyDict_Check(w.forms) ||
            !PyList_Check(w.images) || !PyList_Check(w.rules)) {
        PyErr_SetString(PyExc_TypeError, "walk_objects: the collections are not dicts and lists");
        goto out;
    }
    double page_width, page_height;
    if (as_double(width, &page_width) < 0 || as_double(height, &page_height) < 0 ||
            as_double(cover, &w.image_cover) < 0)
        goto out;
    w.page_area = greater(page_width * page_height, 1.0);
    w.has_image = PyObject_IsTrue(had);
    if (w.has_image < 0)
        goto out;
    void *page = (void *)(uintptr_t)page_address;
    int count = w.count_objects(page);
    for (int k = 0; k < count; k++)
        if (walk_visit(&w, w.page_object(page, k), 0, 0, ctm) < 0)
            goto out;
    /* (page.image_cover is set only where an image was met: as Python's max keeps the
     * very object it had) */
    PyObject *cover_now = PyFloat_FromDouble(w.image_cover);
    if (!cover_now)
        goto out;
    int failed = 0;
    if (w.image_cover != PyFloat_AsDouble(cover))
        failed = PyObject_SetAttrString(result, "image_cover", cover_now);
    Py_DECREF(cover_now);
    if (failed < 0 || (w.has_image && PyObject_SetAttrString(result, "has_image", Py_True) < 0))
        goto out;
    done = Py_None;
    Py_INCREF(done);
out:
    PyMem_Free(w.points);
    Py_XDECREF(w.order); Py_XDECREF(w.bounds); Py_XDECREF(w.blank); Py_XDECREF(w.form_of);
    Py_XDECREF(w.container); Py_XDECREF(w.forms); Py_XDECREF(w.images); Py_XDECREF(w.rules);
    Py_XDECREF(width); Py_XDECREF(height); Py_XDECREF(had); Py_XDECREF(cover);
    return done;
}

/* ---- The runs of a page's characters (pdfium_spaces.object_runs) ---------------------
 *
 * object_runs(chars, Char) -> [(start, stop, leftwards, space width or None)]: the page's
 * characters (the loop's entries) cut into runs of one text object each, as
 * pdfium_spaces._object_runs cuts them, with what spaces_put_back reads of each run. */

static int
char_figure(PyObject *slot, PyObject *c, PyObject *type, double *v)
{
    PyObject *f = Py_TYPE(slot)->tp_descr_get(slot, c, type);
    if (!f)
        return -1;
    int failed = as_double(f, v);
    Py_DECREF(f);
    return failed;
}

static PyObject *
object_runs(PyObject *self, PyObject *args)
{
    PyObject *chars, *type;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &chars, &type))
        return NULL;
    char_maker maker = {NULL, {NULL}};
    if (char_maker_init(&maker, type) < 0)
        return NULL;
    PyObject *runs = PyList_New(0), *space = PyUnicode_FromOrdinal(' ');
    Py_ssize_t n = PyList_GET_SIZE(chars), start = 0;
    if (!runs || !space)
        goto failed;
    while (start < n) {
        PyObject *first = PyList_GET_ITEM(chars, start);
        if (!PyTuple_Check(first) || PyTuple_GET_SIZE(first) != 5) {
            PyErr_SetString(PyExc_TypeError, "object_runs: an entry is not five fields");
            goto failed;
        }
        PyObject *order = PyTuple_GET_ITEM(first, 0);
        int leftwards = 0, has_width = 0;
        double last = 0.0, width = 0.0;
        Py_ssize_t stop = start;
        for (; stop < n; stop++) {
            PyObject *entry = PyList_GET_ITEM(chars, stop);
            if (!PyTuple_Check(entry) || PyTuple_GET_SIZE(entry) != 5) {
                PyErr_SetString(PyExc_TypeError, "object_runs: an entry is not five fields");
                goto failed;
            }
            if (stop > start) {
                int same = PyObject_RichCompareBool(PyTuple_GET_ITEM(entry, 0), order, Py_EQ);
                if (same < 0)
                    goto failed;
                if (!same)
                    break;
            }
            PyObject *c = PyTuple_GET_ITEM(entry, 3);
            double x0, x1;
            if (char_figure(maker.slot[F_X0], c, type, &x0) < 0)
                goto failed;
            if (stop == start)
                last = x0;
            if (x0 < last - 0.1)
                leftwards = 1;      /* (pdfium_spaces._leftwards) */
            last = x0;
            if (!has_width) {
                PyObject *text = Py_TYPE(maker.slot[F_TEXT])->tp_descr_get(maker.slot[F_TEXT],
                                                                          c, type);
                if (!text)
                    goto failed;
                int is_space = PyUnicode_Check(text) && PyUnicode_Compare(text, space) == 0;
                Py_DECREF(text);
                if (is_space) {
                    if (char_figure(maker.slot[F_X1], c, type, &x1) < 0)
                        goto failed;
                    if (x1 - x0 > 0.01) {
                        width = x1 - x0;
                        has_width = 1;
                    }
                }
            }
        }
        PyObject *run = has_width ? Py_BuildValue("(nnOd)", start, stop,
                                                  leftwards ? Py_True : Py_False, width)
                                  : Py_BuildValue("(nnOO)", start, stop,
                                                  leftwards ? Py_True : Py_False, Py_None);
        if (!run || PyList_Append(runs, run) < 0) {
            Py_XDECREF(run);
            goto failed;
        }
        Py_DECREF(run);
        start = stop;
    }
    Py_DECREF(space);
    char_maker_clear(&maker);
    return runs;
failed:
    Py_XDECREF(runs);
    Py_XDECREF(space);
    char_maker_clear(&maker);
    return NULL;
}

static PyMethodDef methods[] = {
    {"page_chars", page_chars, METH_VARARGS,
     "page_chars(text_page, n, text_object, loose_box, origin) -> seven bytes objects:\n"
     "the characters' text objects (uint64), loose boxes' left, bottom, right and top\n"
     "(float32) and origins' x and y (float64), packed, from PDFium's functions at the\n"
     "addresses given."},
    {"read_chars", read_chars, METH_VARARGS,
     "read_chars(reading, text, n, columns, ctm, upright, text_page, ink_box) ->\n"
     "(chars, in_order): the\n"
     "page's characters as pdfium_chars._loop makes them, from page_chars's columns."},
    {"walk_objects", walk_objects, METH_VARARGS,
     "walk_objects(page, ctm, objects, result, calls, kinds): the page-object tree\n"
     "walked as pdfium._Objects walks it, into the same collections."},
    {"object_runs", object_runs, METH_VARARGS,
     "object_runs(chars, Char) -> [(start, stop, leftwards, space width or None)]: the\n"
     "runs of one text object each in the loop's entries (pdfium_spaces.object_runs)."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdfium_bulk",
    "The PDFium reader's per-character work in C (see pdfium_bulk.py, pdfium_chars.py).", -1, methods
};

PyMODINIT_FUNC
PyInit__pdfium_bulk(void)
{
    return PyModule_Create(&module);
}
