# Helpers shared by Loopscope's CMake files.

# One warnings list for every target of ours (never for third-party code).
function(loopscope_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wcast-align
    -Wimplicit-fallthrough $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor -Woverloaded-virtual>)
  # GCC 12 reports std::string concatenation at -O3 as overlapping memcpy (GCC bug
  # 105329, a false positive): keep that one check from failing the build.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Wno-restrict>)
  endif()
  if(LOOPSCOPE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Compiles a Python source file into the binary as a string constant, so the engine's
# Python side ships inside the executable and is read by no one from disk.
#   loopscope_embed_python(<target> <file.py> <C++ symbol> <namespace>)
function(loopscope_embed_python target source symbol ns)
  get_filename_component(name ${source} NAME_WE)
  set(input ${CMAKE_CURRENT_SOURCE_DIR}/${source})
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -DNAMESPACE=${ns} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake
    COMMENT "Embedding ${source}")
  target_sources(${target} PRIVATE ${output})
endfunction()
