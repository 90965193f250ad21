//! AWS configuration the ecosystem's way: aws-config's chains (flags, `AWS_*` variables, profiles, SSO,
//! web identity, containers, EC2), with two changes that keep a CLI fast and clear:
//! - the EC2 metadata service is asked once with short timeouts, so off EC2 a missing credential or
//!   region costs a fraction of a second, not aws-config's default 1 s per probe;
//! - credentials are resolved before the first call, so "no credentials" is one clear line, not a
//!   dispatch failure from deep inside the first request.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use aws_config::default_provider::credentials::DefaultCredentialsChain;
use aws_config::environment::region::EnvironmentVariableRegionProvider;
use aws_config::meta::region::RegionProviderChain;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig, imds};
use aws_sdk_xray::config::ProvideCredentials;

use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

/// What any AWS SDK call's failure was, before a service gives its own error codes a meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureClass {
    /// The service answered with an error code of its own (look at [`SdkFailure::code`]).
    Service,
    /// Throttled (429 or a throttling code), after the SDK's retries.
    Throttled,
    /// Credentials rejected or not permitted.
    AccessDenied,
    /// A 5xx, after the SDK's retries.
    ServerError,
    /// No credentials could be found.
    Credentials,
    Unreachable,
    Timeout,
    Unexpected,
}

/// An SDK error read once, the same way for every AWS service the tool calls.
#[derive(Debug, Clone)]
pub struct SdkFailure {
    pub class: FailureClass,
    pub code: Option<String>,
    pub message: Option<String>,
    /// One line: `CODE: message (HTTP status)`, or the transport failure's chain.
    pub detail: String,
}

const AUTH_CODES: [&str; 6] = [
    "AccessDeniedException",
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "MissingAuthenticationTokenException",
    "ExpiredTokenException",
    "InvalidClientTokenId",
];

/// Reads an SDK error; `service` names the service in the message for an answer without an AWS error
/// code (an HTML 404 from an emulator that lacks the operation).
pub fn read_sdk_error<E>(err: &aws_sdk_xray::error::SdkError<E, aws_sdk_xray::config::http::HttpResponse>, service: &str) -> SdkFailure
where
    E: aws_sdk_xray::error::ProvideErrorMetadata + std::error::Error + 'static,
{
    use aws_sdk_xray::error::SdkError;
    let chain = || crate::error::error_chain(err);
    match err {
        SdkError::ServiceError(context) => {
            let status = context.raw().status().as_u16();
            let code = context.err().code().map(str::to_owned);
            let message = context.err().message().map(str::to_owned);
            let class = match code.as_deref() {
                Some("ThrottledException" | "ThrottlingException" | "TooManyRequestsException") => FailureClass::Throttled,
                Some("ServiceUnavailableException") => FailureClass::ServerError,
                Some(code) if AUTH_CODES.contains(&code) => FailureClass::AccessDenied,
                Some(_) => FailureClass::Service,
                None if status == 429 => FailureClass::Throttled,
                None if status == 401 || status == 403 => FailureClass::AccessDenied,
                None if status >= 500 => FailureClass::ServerError,
                None => FailureClass::Unexpected,
            };
            let detail = match &code {
                Some(code) => format!("{code}: {} (HTTP {status})", message.as_deref().unwrap_or("no message")),
                None => format!("HTTP {status} with no AWS error code (is this a {service} endpoint?)"),
            };
            SdkFailure { class, code, message, detail }
        }
        SdkError::DispatchFailure(failure) => {
            let detail = chain();
            let class = if failure.is_timeout() {
                FailureClass::Timeout
            } else if detail.contains("credential") {
                FailureClass::Credentials
            } else if failure.is_io() {
                FailureClass::Unreachable
            } else {
                FailureClass::Unexpected
            };
            SdkFailure { class, code: None, message: None, detail }
        }
        SdkError::TimeoutError(_) => {
            SdkFailure { class: FailureClass::Timeout, code: None, message: None, detail: "no answer in time".to_owned() }
        }
        SdkError::ResponseError(_) if exceeded_limit(err) => SdkFailure {
            class: FailureClass::Unexpected,
            code: None,
            message: None,
            detail: format!(
                "the answer is larger than {}, the most an AWS answer may be; it was not read further",
                crate::fsio::size(RESPONSE_LIMIT as u64)
            ),
        },
        SdkError::ResponseError(_) => {
            SdkFailure { class: FailureClass::Unexpected, code: None, message: None, detail: format!("unreadable response: {}", chain()) }
        }
        _ => SdkFailure { class: FailureClass::Unexpected, code: None, message: None, detail: chain() },
    }
}

/// What one AWS service's own error codes mean to the tool (X-Ray's `RuleLimitExceededException`, CloudWatch
/// Logs' `ResourceAlreadyExistsException`, ...). Everything else about a failure is the same for every
/// service ([`FailureClass`]), so [`AwsError`] and its conversion to a [`CliError`] are written once.
pub trait ServiceErrorKind: Copy + Eq + fmt::Debug + Send + Sync + 'static {
    /// The service, as messages and hints name it ("X-Ray").
    const SERVICE: &'static str;
    /// The meaning of an error code the service answered with (and its message, for a code AWS uses for
    /// several things); `None` for a code the tool gives no meaning.
    fn from_code(code: &str, message: Option<&str>) -> Option<Self>;
    /// A hint of this meaning's own, instead of the failure class's.
    fn hint(self) -> Option<String> {
        None
    }
}

/// An AWS call's failure, typed until it is printed: the operation, what kind of failure (the same for
/// every service), the service's meaning of its error code, one line of detail, and the SDK's error as
/// the source.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{operation}: {detail}")]
pub struct AwsError<K> {
    pub operation: &'static str,
    pub class: FailureClass,
    /// The service's meaning of its error code; `None` when the failure is not such a code.
    pub kind: Option<K>,
    /// `CODE: message (HTTP status)`, or the transport failure's chain.
    pub detail: String,
    #[source]
    pub source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl<K: ServiceErrorKind> AwsError<K> {
    /// A failure that is no SDK error's (a time-out of our own, a request that could not be built).
    pub fn new(operation: &'static str, class: FailureClass, detail: impl Into<String>) -> AwsError<K> {
        AwsError { operation, class, kind: None, detail: detail.into(), source: None }
    }

    pub fn from_sdk<E>(
        operation: &'static str,
        err: aws_sdk_xray::error::SdkError<E, aws_sdk_xray::config::http::HttpResponse>,
    ) -> AwsError<K>
    where
        E: aws_sdk_xray::error::ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let failure = read_sdk_error(&err, K::SERVICE);
        let kind = match failure.class {
            FailureClass::Service => failure.code.as_deref().and_then(|code| K::from_code(code, failure.message.as_deref())),
            _ => None,
        };
        // A service error the tool gives no meaning is not a refusal it can explain.
        let class = if failure.class == FailureClass::Service && kind.is_none() { FailureClass::Unexpected } else { failure.class };
        AwsError { operation, class, kind, detail: failure.detail, source: Some(Arc::new(err)) }
    }

    /// Whether the service answered with the error code that means `kind`.
    pub fn is(&self, kind: K) -> bool {
        self.kind == Some(kind)
    }
}

impl<K: ServiceErrorKind> From<AwsError<K>> for CliError {
    fn from(err: AwsError<K>) -> CliError {
        let (kind, hint) = common_kind_and_hint(err.class, K::SERVICE);
        let hint = err.kind.and_then(ServiceErrorKind::hint).or(hint);
        let error = CliError::new(kind, err.to_string());
        let error = match hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        };
        error.with_source(err)
    }
}

/// The exit-code kind and the hint for the failure classes every AWS service shares.
pub fn common_kind_and_hint(class: FailureClass, service: &str) -> (ErrorKind, Option<String>) {
    match class {
        FailureClass::Service => (ErrorKind::Rejected, None),
        FailureClass::Throttled => (ErrorKind::Unavailable, Some("AWS kept throttling after retries; try again in a minute".to_owned())),
        FailureClass::AccessDenied => (ErrorKind::Auth, Some(format!("the credentials were refused or lack {service} permissions"))),
        FailureClass::Credentials => (
            ErrorKind::Auth,
            Some(
                "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, or run `aws sso login`"
                    .to_owned(),
            ),
        ),
        FailureClass::ServerError => (ErrorKind::Unavailable, Some(format!("{service} is failing; try again later"))),
        FailureClass::Unreachable => (ErrorKind::Unavailable, Some("check the network, --endpoint-url and AWS_ENDPOINT_URL".to_owned())),
        FailureClass::Timeout => {
            (ErrorKind::Unavailable, Some("the endpoint did not answer in time; check the network and --endpoint-url".to_owned()))
        }
        FailureClass::Unexpected => (ErrorKind::Unavailable, None),
    }
}

/// The AWS settings a command was given as flags; unset ones fall back to aws-config's chain.
#[derive(Debug, Clone, Default)]
pub struct AwsSettings {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
}

/// The AWS flags of every command group that calls AWS (`xray`, `cloudwatch`); unset ones fall back to
/// aws-config's chain, as the aws CLI does.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AwsArgs {
    /// AWS profile to use [default: AWS_PROFILE, then "default"]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, then the profile's]
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
    /// The service's endpoint, e.g. a local server [default: AWS_ENDPOINT_URL_XRAY or
    /// AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, then AWS_ENDPOINT_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,
}

impl AwsArgs {
    pub fn settings(&self) -> AwsSettings {
        AwsSettings { profile: self.profile.clone(), region: self.region.clone(), endpoint_url: self.endpoint_url.clone() }
    }
}

const IMDS_TIMEOUT: Duration = Duration::from_millis(300);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Per attempt, unless `--request-timeout` says otherwise.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
const CREDENTIALS_TIMEOUT: Duration = Duration::from_secs(5);

fn fast_imds() -> imds::Client {
    imds::Client::builder().max_attempts(1).connect_timeout(IMDS_TIMEOUT).read_timeout(IMDS_TIMEOUT).build()
}

/// Checks the flag values that can be checked without the network.
pub fn validate(settings: &AwsSettings) -> CliResult {
    if let Some(url) = &settings.endpoint_url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Err(CliError::invalid_input(format!("--endpoint-url {url:?}: expected an http:// or https:// URL")));
    }
    if let Some(region) = &settings.region
        && (region.is_empty() || !region.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return Err(CliError::invalid_input(format!("--region {region:?}: not a region name (such as us-east-1)")));
    }
    Ok(())
}

/// Resolves region and credentials and returns the SDK configuration.
pub async fn load(settings: &AwsSettings, context: &Context) -> CliResult<SdkConfig> {
    let ui = &context.ui;
    validate(settings)?;
    // Never sent (SigV4 signs with it), but an error of a credential process could quote it.
    for name in ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"] {
        if let Some(secret) = context.env.var(name) {
            ui.register_secret(&secret);
        }
    }
    // A session token travels in a header: plain http:// only to this machine, unless the user accepts it.
    let endpoints = [("--endpoint-url", settings.endpoint_url.clone())]
        .into_iter()
        .chain(["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_XRAY", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"].map(|name| (name, context.env.var(name))));
    for (name, url) in endpoints {
        if let Some(url) = url {
            crate::http::require_private_transport(&url, &format!("the AWS endpoint ({name})"), context.allow_plaintext_http)?;
        }
    }
    let mut profile_region = aws_config::profile::region::Builder::default();
    if let Some(profile) = &settings.profile {
        profile_region = profile_region.profile_name(profile);
    }
    let region_chain = RegionProviderChain::first_try(settings.region.clone().map(Region::new))
        .or_else(EnvironmentVariableRegionProvider::new())
        .or_else(profile_region.build())
        .or_else(imds::region::Builder::default().imds_client(fast_imds()).build());
    let Some(region) = region_chain.region().await else {
        return Err(CliError::new(ErrorKind::InvalidInput, "no AWS region configured")
            .with_hint("pass --region, set AWS_REGION, or set region in your AWS profile"));
    };
    ui.debug(&format!("AWS region: {region}"));

    let mut credentials = DefaultCredentialsChain::builder().region(region.clone()).imds_client(fast_imds());
    if let Some(profile) = &settings.profile {
        credentials = credentials.profile_name(profile);
    }
    let credentials = credentials.build().await;
    match tokio::time::timeout(CREDENTIALS_TIMEOUT, credentials.provide_credentials()).await {
        Ok(Ok(_)) => {}
        Ok(Err(err)) => {
            ui.debug(&format!("credential chain: {}", crate::error::error_chain(&err)));
            return Err(CliError::new(ErrorKind::Auth, "no AWS credentials found").with_hint(
                "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pick a profile with --profile or AWS_PROFILE, or run `aws sso login`",
            ));
        }
        Err(_) => {
            return Err(CliError::new(ErrorKind::Auth, format!("no AWS credentials within {} s", CREDENTIALS_TIMEOUT.as_secs()))
                .with_hint("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE; off EC2, AWS_EC2_METADATA_DISABLED=true skips the metadata service"));
        }
    }

    // Per attempt, and overall: room for the 3 attempts and their backoff.
    let attempt = context.request_timeout.unwrap_or(ATTEMPT_TIMEOUT);
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(CONNECT_TIMEOUT.min(attempt))
        .operation_attempt_timeout(attempt)
        .operation_timeout(attempt * 3 + Duration::from_secs(5))
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(region)
        .credentials_provider(credentials)
        .timeout_config(timeouts)
        // Standard mode: 3 attempts with exponential backoff, only for throttling, 5xx and transient
        // network errors. X-Ray names are unique, so a retried create cannot make a duplicate.
        .retry_config(RetryConfig::standard().with_max_attempts(3));
    if let Some(profile) = &settings.profile {
        loader = loader.profile_name(profile);
    }
    if let Some(url) = &settings.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    let config = loader.load().await;
    if let Some(url) = config.endpoint_url() {
        ui.debug(&format!("AWS endpoint: {url}"));
    }
    Ok(config)
}

/// The most an AWS answer may hold (X-Ray's and CloudWatch Logs' pages are kilobytes): a server cannot
/// make the tool hold more. The SDK follows no redirects, so its requests go only to the endpoint.
pub const RESPONSE_LIMIT: usize = crate::http::BodyLimit::Api.bytes();

/// Whether an SDK error's cause is [`ResponseLimit`]'s refusal.
fn exceeded_limit(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(error) = current {
        if error.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        current = error.source();
    }
    false
}

/// Caps every AWS response body at [`RESPONSE_LIMIT`]: the body is read through `Limited`, which stops
/// (and fails the call) where the limit is crossed, whatever the server announced.
#[derive(Debug, Default)]
pub struct ResponseLimit;

impl aws_sdk_xray::config::Intercept for ResponseLimit {
    fn name(&self) -> &'static str {
        "cruddur-obs response limit"
    }

    fn modify_before_deserialization(
        &self,
        context: &mut aws_sdk_xray::config::interceptors::BeforeDeserializationInterceptorContextMut<'_>,
        _components: &aws_sdk_xray::config::RuntimeComponents,
        _cfg: &mut aws_sdk_xray::config::ConfigBag,
    ) -> Result<(), aws_sdk_xray::error::BoxError> {
        let response = context.response_mut();
        let body = response.take_body();
        *response.body_mut() =
            body.map(|inner| aws_smithy_types::body::SdkBody::from_body_1_x(http_body_util::Limited::new(inner, RESPONSE_LIMIT)));
        Ok(())
    }
}

/// An answer over [`RESPONSE_LIMIT`] is not asked for again: the SDK would retry the failed read.
#[derive(Debug, Default)]
pub struct NoRetryOverLimit;

impl aws_sdk_xray::config::retry::ClassifyRetry for NoRetryOverLimit {
    fn classify_retry(&self, context: &aws_sdk_xray::config::interceptors::InterceptorContext) -> aws_sdk_xray::config::retry::RetryAction {
        match context.output_or_error() {
            Some(Err(err)) if exceeded_limit(err) => aws_sdk_xray::config::retry::RetryAction::RetryForbidden,
            _ => aws_sdk_xray::config::retry::RetryAction::NoActionIndicated,
        }
    }

    fn name(&self) -> &'static str {
        "cruddur-obs: no retry over the response limit"
    }

    fn priority(&self) -> aws_smithy_runtime_api::client::retries::classifiers::RetryClassifierPriority {
        use aws_smithy_runtime_api::client::retries::classifiers::RetryClassifierPriority;
        // First, so its "forbidden" ends the classification before a generic classifier says "retry".
        RetryClassifierPriority::run_before(RetryClassifierPriority::http_status_code_classifier())
    }
}

/// `--verbose` for AWS calls: one stderr line per HTTP attempt, with method, URL, status and time.
/// Nothing from headers or bodies is printed, so signatures and credentials never show.
#[derive(Debug, Default)]
pub struct RequestLog {
    started: std::sync::Mutex<Option<(String, std::time::Instant)>>,
}

impl aws_sdk_xray::config::Intercept for RequestLog {
    fn name(&self) -> &'static str {
        "cruddur-obs request log"
    }

    fn read_before_transmit(
        &self,
        context: &aws_sdk_xray::config::interceptors::BeforeTransmitInterceptorContextRef<'_>,
        _components: &aws_sdk_xray::config::RuntimeComponents,
        _cfg: &mut aws_sdk_xray::config::ConfigBag,
    ) -> Result<(), aws_sdk_xray::error::BoxError> {
        let request = context.request();
        let line = format!("{} {}", request.method(), request.uri());
        *self.started.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((line, std::time::Instant::now()));
        Ok(())
    }

    fn read_after_transmit(
        &self,
        context: &aws_sdk_xray::config::interceptors::BeforeDeserializationInterceptorContextRef<'_>,
        _components: &aws_sdk_xray::config::RuntimeComponents,
        _cfg: &mut aws_sdk_xray::config::ConfigBag,
    ) -> Result<(), aws_sdk_xray::error::BoxError> {
        if let Some((line, started)) = self.started.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take() {
            // Interceptors must be Send + Sync, so they cannot hold the (single-threaded) Ui: stderr directly.
            let line = crate::output::sanitize::terminal_line(&line);
            eprintln!("debug: {line} → {} in {} ms", context.response().status().as_u16(), started.elapsed().as_millis());
        }
        Ok(())
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;
    use crate::cloudwatch::{LogsError, LogsErrorKind};
    use crate::xray::{XrayError, XrayErrorKind};

    #[test]
    fn each_service_gives_its_codes_a_meaning_and_the_rest_is_shared() {
        assert_eq!(XrayErrorKind::from_code("InvalidRequestException", Some("Group not found")), Some(XrayErrorKind::NotFound));
        assert_eq!(XrayErrorKind::from_code("InvalidRequestException", Some("exists")), Some(XrayErrorKind::InvalidRequest));
        assert_eq!(LogsErrorKind::from_code("ResourceAlreadyExistsException", None), Some(LogsErrorKind::AlreadyExists));
        assert_eq!(XrayErrorKind::from_code("SomethingElse", None), None);
        let timeout = CliError::from(XrayError::new("GetGroup", FailureClass::Timeout, "no answer"));
        assert_eq!((timeout.kind, timeout.message.as_str()), (ErrorKind::Unavailable, "GetGroup: no answer"));
        let limit = LogsError { kind: Some(LogsErrorKind::LimitExceeded), ..LogsError::new("CreateLogGroup", FailureClass::Service, "x") };
        let error = CliError::from(limit);
        assert_eq!(error.kind, ErrorKind::Rejected);
        assert!(error.hint.as_deref().unwrap().contains("log-group list"), "{:?}", error.hint);
        assert!(error.source_as::<LogsError>().is_some_and(|source| source.is(LogsErrorKind::LimitExceeded)));
    }
}
