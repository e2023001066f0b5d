using Booking.CalComSandbox.Faults;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>The last webhook deliveries; Cal.com itself keeps no such list.</summary>
internal sealed class WebhookDeliveryLog : BoundedLog<WebhookDelivery>;
