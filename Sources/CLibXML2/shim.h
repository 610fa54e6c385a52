#ifndef THEMATIC_CLIBXML2_SHIM_H
#define THEMATIC_CLIBXML2_SHIM_H

// The only way into libxml2 for Thematic: headers by name, never by absolute path.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>

#endif
