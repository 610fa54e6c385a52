#ifndef THEMATIC_CLIBXML2_SHIM_H
#define THEMATIC_CLIBXML2_SHIM_H

// The only way into libxml2 for Thematic: headers by name, never by absolute path.
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the system's ICU headers,
// whose UErrorCode clashes with the ICU copy inside Foundation. Thematic never touches the ICU
// fields of xmlCharEncodingHandler (only pointers to it cross), so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>

#endif
