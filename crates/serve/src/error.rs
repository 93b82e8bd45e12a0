//! The API's errors: one table maps each to an HTTP status, a stable `snake_case` code and a
//! type; the body is `{"message", "code", "type"}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// An error the API answers with.
#[derive(Debug)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
}

/// The stable error codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    NotFound,
    InvalidParameter,
    AmbiguousId,
    MissingToken,
    InvalidToken,
    WritesDisabled,
    PayloadTooLarge,
    Timeout,
    Overloaded,
    Unprocessable,
    Store,
    Internal,
}

impl Code {
    /// Every code, for the OpenAPI document.
    pub const ALL: [Code; 12] = [
        Code::NotFound,
        Code::InvalidParameter,
        Code::AmbiguousId,
        Code::MissingToken,
        Code::InvalidToken,
        Code::WritesDisabled,
        Code::PayloadTooLarge,
        Code::Timeout,
        Code::Overloaded,
        Code::Unprocessable,
        Code::Store,
        Code::Internal,
    ];

    /// (status, code, type)
    pub const fn info(self) -> (StatusCode, &'static str, &'static str) {
        match self {
            Code::NotFound => (StatusCode::NOT_FOUND, "not_found", "invalid_request"),
            Code::InvalidParameter => (
                StatusCode::BAD_REQUEST,
                "invalid_parameter",
                "invalid_request",
            ),
            Code::AmbiguousId => (StatusCode::CONFLICT, "ambiguous_id", "invalid_request"),
            Code::MissingToken => (StatusCode::UNAUTHORIZED, "missing_token", "auth"),
            Code::InvalidToken => (StatusCode::UNAUTHORIZED, "invalid_token", "auth"),
            Code::WritesDisabled => (StatusCode::UNAUTHORIZED, "writes_disabled", "auth"),
            Code::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "invalid_request",
            ),
            Code::Timeout => (StatusCode::GATEWAY_TIMEOUT, "timeout", "system"),
            Code::Overloaded => (StatusCode::SERVICE_UNAVAILABLE, "overloaded", "system"),
            Code::Unprocessable => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "unprocessable_document",
                "invalid_request",
            ),
            Code::Store => (StatusCode::INTERNAL_SERVER_ERROR, "store_error", "internal"),
            Code::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal", "internal"),
        }
    }
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::InvalidParameter, message)
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::NotFound, message)
    }

    /// An internal error: logged, answered without its detail (which may echo stored text).
    pub fn internal(code: Code, err: &dyn std::fmt::Display) -> ApiError {
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            format!("chancery serve: {}\n", escape_line(&err.to_string())).as_bytes(),
        );
        ApiError::new(code, "the server failed to answer; its log says why")
    }
}

impl From<chancery_store::Error> for ApiError {
    fn from(e: chancery_store::Error) -> ApiError {
        use chancery_store::Error as E;
        match e {
            E::InvalidId { .. } => ApiError::invalid(e.to_string()),
            E::Ambiguous { .. } => ApiError::new(Code::AmbiguousId, e.to_string()),
            e => ApiError::internal(Code::Store, &e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, kind) = self.code.info();
        let body = serde_json::json!({"message": self.message, "code": code, "type": kind});
        (status, Json(body)).into_response()
    }
}

/// One log line: control characters escaped.
fn escape_line(s: &str) -> String {
    s.chars().flat_map(char::escape_default).collect()
}
