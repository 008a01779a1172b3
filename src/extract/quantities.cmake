add_library(newsgraph_quantities quantities.cc number_words.cc)
target_link_libraries(newsgraph_quantities PUBLIC newsgraph_core)

# The tests also run the real text layer and time extractor on some sentences:
# sentence breaks and time spans decide which figures link.
newsgraph_test(quantities_test SOURCES quantities_test.cc number_words_test.cc
  LIBS newsgraph_quantities newsgraph_text newsgraph_times nlohmann_json::nlohmann_json)
