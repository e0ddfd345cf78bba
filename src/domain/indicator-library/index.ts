export {
  buildLibrary,
  indicatorFromLibrary,
  searchLibrary,
  type LibraryEntry,
  type LibraryQuery,
  type LibrarySource,
  type LibraryYear,
} from './library'
