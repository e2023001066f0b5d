using System.Net.Sockets;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Recognises failures that prove a request never reached Cal.com, so repeating it cannot book twice and it does not
/// count against the call budget.
/// </summary>
/// <remarks>
/// SocketsHttpHandler reports a failure to open a connection as an <see cref="HttpRequestException"/> with
/// <see cref="HttpRequestError.ConnectionError"/> or <see cref="HttpRequestError.NameResolutionError"/> wrapping the
/// <see cref="SocketException"/> itself; failures on an open connection arrive with other errors (a reset or a close
/// after sending is <see cref="HttpRequestError.ResponseEnded"/>). Both the phase and the socket error must say "no
/// connection": a refused connection, a name that does not resolve, or no route to the host. A connect timeout or a
/// TLS failure is not listed: nothing was sent either, but the attempt timeout reports the first like any other
/// timeout, and the second points at a configuration problem that a retry will not fix.
/// </remarks>
internal static class UnsentRequests
{
    public static bool IsProvablyUnsent(Exception? failure) =>
        failure is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
            InnerException: SocketException
            {
                SocketErrorCode: SocketError.ConnectionRefused
                    or SocketError.HostNotFound
                    or SocketError.TryAgain
                    or SocketError.NoData
                    or SocketError.HostUnreachable
                    or SocketError.NetworkUnreachable,
            },
        };
}
