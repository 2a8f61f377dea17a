#ifndef MEDIACLIMATE_CLIBXML2_SHIM_H
#define MEDIACLIMATE_CLIBXML2_SHIM_H

/* Debian's libxml2 headers pull in the system ICU headers, which clash with
   Foundation's copy on clean builds ("UErrorCode has different definitions").
   We never use libxml2's ICU API, so switch it off before the other headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>
#include <libxml/xmlIO.h>

/* `xmlFree` is a global function-pointer variable, which Swift 6 rejects as
   not concurrency-safe; call it through this function instead. */
static inline void mc_xmlFree(void *pointer) {
    if (pointer != NULL) { xmlFree(pointer); }
}

static void mc_silentStructuredError(void *userData, xmlErrorPtr error) {
    (void)userData; (void)error;
}

/* libxml2 prints some errors to stderr even with NOERROR; route every error
   through a no-op handler, globally and for threads created later. */
static inline void mc_silenceLibxml2(void) {
    xmlSetStructuredErrorFunc(NULL, mc_silentStructuredError);
    xmlThrDefSetStructuredErrorFunc(NULL, mc_silentStructuredError);
}

#endif
