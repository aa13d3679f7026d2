#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU: encoding.h would pull the system <unicode/ucnv.h>,
   whose UErrorCode clashes with Foundation's own ICU module on clean builds. Load
   xmlversion.h first and drop the macro; its include guard keeps it dropped. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

/* xmlFree is a mutable C global (XMLPUBVAR), which Swift 6 refuses: call it through here. */
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
