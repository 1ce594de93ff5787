//! Persistence of results: a small key-value trait with an in-memory backend (tests, CLI) and
//! the document layer that decides keys and the portable value envelope. The Spin key-value
//! backend lives in the component module; a Redis- or cloud-backed Spin store needs no change
//! here.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, MutexGuard};

/// A failure of the underlying store (the client may retry).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "key-value store error: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

/// The operations jobpdf needs from a key-value store (those of Spin's `key-value` interface).
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    fn set(&self, key: &str, value: &[u8]) -> Result<(), StoreError>;
    fn delete(&self, key: &str) -> Result<(), StoreError>;
    fn exists(&self, key: &str) -> Result<bool, StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A store in memory, safe to share between threads (tests, embedding).
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn map(&self) -> MutexGuard<'_, BTreeMap<String, Vec<u8>>> {
        // A panic while holding the lock leaves a map that is still consistent.
        self.map.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn len(&self) -> usize {
        self.map().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map().is_empty()
    }

    /// A copy of everything stored (tests compare before and after).
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        self.map().clone()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.map().get(key).cloned())
    }

    fn set(&self, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.map().insert(key.to_string(), value.to_vec());
        Ok(())
    }

    fn delete(&self, key: &str) -> Result<(), StoreError> {
        self.map().remove(key);
        Ok(())
    }

    fn exists(&self, key: &str) -> Result<bool, StoreError> {
        Ok(self.map().contains_key(key))
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map().keys().cloned().collect())
    }
}

/// The key `/v1/ready` reads to see that the store answers. Nothing writes it, and it is no
/// document key, so lists never show it.
pub const READY_PROBE_KEY: &str = "jobpdf-ready-probe";

/// Key prefix of stored results.
const DOCUMENT_PREFIX: &str = "doc-";

/// Largest stored value: the smallest cap among Spin's key-value backends (DynamoDB items are
/// 400 KB; Azure Cosmos DB allows more), so a result stored on one host can move to any.
pub const MAX_VALUE_BYTES: usize = 400 * 1000;

/// The key of a document id: `doc-<64 hex>`, ASCII, 68 characters, no `/ \ ? #`.
pub fn document_key(id: &str) -> String {
    format!("{DOCUMENT_PREFIX}{id}")
}

/// The document id of a key, if it is a document key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(DOCUMENT_PREFIX)
        .filter(|id| crate::id::is_document_id(id))
}
