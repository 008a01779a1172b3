add_library(newsgraph_quantities quantities.cc number_words.cc)
target_link_libraries(newsgraph_quantities PUBLIC newsgraph_core)

newsgraph_test(quantities_test SOURCES quantities_test.cc number_words_test.cc
  LIBS newsgraph_quantities nlohmann_json::nlohmann_json)
