// The cmark C library (Debian: libcmark-dev; macOS: brew install cmark).
#include <cmark.h>
