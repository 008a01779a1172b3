# The gazetteer tables (data/gazetteer/*.tsv) are compiled into the library as
# string constants: the tagger's gazetteer features then always match the
# tables the model was trained with, and nothing is read from disk at run time.
set(gazetteer_tables
    kCountries countries kCities cities kOrganizations organizations kNewsAliases news_aliases kGroups groups
    kCapitals capitals)
set(gazetteer_cc "// Generated from data/gazetteer/*.tsv by src/extract/entities.cmake; do not edit.\n")
string(APPEND gazetteer_cc "#include <string_view>\nnamespace newsgraph::ner::tables {\n")
while(gazetteer_tables)
  list(POP_FRONT gazetteer_tables symbol table)
  set(table_file ${CMAKE_SOURCE_DIR}/data/gazetteer/${table}.tsv)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${table_file})
  file(READ ${table_file} table_text)
  string(APPEND gazetteer_cc "extern const std::string_view ${symbol};\n")
  string(APPEND gazetteer_cc "const std::string_view ${symbol} = R\"ngtsv(${table_text})ngtsv\";\n")
endwhile()
string(APPEND gazetteer_cc "}  // namespace newsgraph::ner::tables\n")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/gazetteer_tables.cc.new "${gazetteer_cc}")
configure_file(${CMAKE_CURRENT_BINARY_DIR}/gazetteer_tables.cc.new ${CMAKE_CURRENT_BINARY_DIR}/gazetteer_tables.cc COPYONLY)

add_library(newsgraph_entities entities.cc ner_clusters.cc ner_features.cc ner_gazetteer.cc ner_lexicon.cc ner_tagger.cc
            ${CMAKE_CURRENT_BINARY_DIR}/gazetteer_tables.cc)
target_link_libraries(newsgraph_entities PUBLIC newsgraph_core)
newsgraph_test(entities_test SOURCES entities_test.cc LIBS newsgraph_entities newsgraph_coreference newsgraph_text)
newsgraph_test(ner_gazetteer_test SOURCES ner_gazetteer_test.cc LIBS newsgraph_entities)
newsgraph_test(ner_tagger_test SOURCES ner_tagger_test.cc LIBS newsgraph_entities)
newsgraph_test(ner_clusters_test SOURCES ner_clusters_test.cc LIBS newsgraph_entities)
