add_library(newsgraph_times times.cc)
target_link_libraries(newsgraph_times PUBLIC newsgraph_core)

newsgraph_test(times_test SOURCES times_test.cc times_recognizers_test.cc
  LIBS newsgraph_times nlohmann_json::nlohmann_json)
