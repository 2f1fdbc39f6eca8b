/* The PDFium reader's per-character calls in bulk (see pdfium_bulk.py, which falls back
 * to ctypes when this module is not built).
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

typedef struct {            /* PDFium's FS_RECTF */
    float left, top, right, bottom;
} rect_f;

typedef void *(*text_object_fn)(void *text_page, int index);
typedef int (*loose_box_fn)(void *text_page, int index, rect_f *rect);
typedef int (*origin_fn)(void *text_page, int index, double *x, double *y);

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

static PyMethodDef methods[] = {
    {"page_chars", page_chars, METH_VARARGS,
     "page_chars(text_page, n, text_object, loose_box, origin) -> seven bytes objects:\n"
     "the characters' text objects (uint64), loose boxes' left, bottom, right and top\n"
     "(float32) and origins' x and y (float64), packed, from PDFium's functions at the\n"
     "addresses given."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdfium_bulk",
    "The PDFium reader's per-character calls in bulk (see pdfium_bulk.py).", -1, methods
};

PyMODINIT_FUNC
PyInit__pdfium_bulk(void)
{
    return PyModule_Create(&module);
}
