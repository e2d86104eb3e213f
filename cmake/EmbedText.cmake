# Writes OUTPUT, a C++ file defining `extern const char SYMBOL[]` in NAMESPACE with the
# bytes of INPUT. Run by loopscope_embed_python() at build time.
file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT}; do not edit.\n"
  "namespace ${NAMESPACE} {\n"
  "extern const char ${SYMBOL}[];\n"
  "const char ${SYMBOL}[] = {${bytes} '\\0'};\n"
  "}\n")
