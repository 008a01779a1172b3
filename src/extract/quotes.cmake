add_library(newsgraph_quotes quotes.cc)
target_link_libraries(newsgraph_quotes PUBLIC newsgraph_core)

newsgraph_test(quotes_test SOURCES quotes_test.cc LIBS newsgraph_quotes newsgraph_text)
