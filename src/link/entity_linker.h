// Cross-document linking: one Entity per real-world thing across documents.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "core/document.h"
#include "core/report.h"

namespace newsgraph {

// Links a stream of documents a window at a time, so an input too large to
// hold is linked as it is read. Entity ids ("E1", ...) follow first
// appearance in input order; an entity keeps its id once given. Linking the
// whole input as one window is LinkAcrossDocuments; with several windows, a
// lone surname ("Austin") can only join a full name ("Lloyd Austin") seen in
// its own or an earlier window.
class EntityLinker {
 public:
  EntityLinker();
  ~EntityLinker();
  EntityLinker(EntityLinker&&) noexcept;
  EntityLinker& operator=(EntityLinker&&) noexcept;

  // Starts from the entities of a report saved earlier (ids E1..En, in
  // order), so an archive's new documents link to the entities it has and
  // every entity keeps its id. Call before any Link; their `documents` lists
  // are kept and extended.
  void Seed(std::vector<Entity> entities);

  // Sets DocEntity::global_id in every document of `window`, which follows
  // the documents of earlier calls in input order.
  void Link(std::span<Document> window);

  // The entities so far, in id order (entities()[k].id is "E{k+1}"); their
  // `documents` stay empty until Finish.
  const std::vector<Entity>& entities() const;

  // The entities with their `documents` (ids in input order, each once).
  // The linker is spent.
  std::vector<Entity> Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Returns report-wide entities and sets DocEntity::global_id in every
// document.
std::vector<Entity> LinkAcrossDocuments(std::vector<Document>& documents);

}  // namespace newsgraph
