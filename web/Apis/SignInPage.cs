using System.Text.Encodings.Web;

namespace ItsmOrleans.Web.Apis;

/// <summary>
/// The sign-in page: a plain form (no script), its anti-forgery token, and a generic error after a failed attempt. It
/// wears the page shell's frame (skip link, product and page title, base styles) without its script: nobody is signed in.
/// </summary>
public static class SignInPage
{
    public static string Render(string antiforgeryField, string antiforgeryToken, string returnUrl, string? userName, bool failed)
    {
        var html = HtmlEncoder.Default;
        var error = failed
            ? """<p class="signin-error" role="alert" data-signin-error>That user name and password do not match an active account.</p>"""
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · ItsmOrleans</title>
              <link rel="icon" href="/board/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/shell/base.css">
              <link rel="stylesheet" href="/shell/shell.css">
              <link rel="stylesheet" href="/signin.css">
            </head>
            <body class="signin-page">
              <a class="skip-link" href="#main">Skip to content</a>
              <header class="board-header" data-shell>
                <div class="brand"><span class="brand-name">ItsmOrleans</span><h1 class="brand-board" data-page-title>Sign in</h1></div>
              </header>
              <main class="signin" id="main">
                <h2>ItsmOrleans</h2>
                <p class="signin-lead">Sign in to the operations board</p>
                {error}
                <form method="post" action="/signin" data-signin-form>
                  <input type="hidden" name="{html.Encode(antiforgeryField)}" value="{html.Encode(antiforgeryToken)}">
                  <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
                  <label for="userName">User name</label>
                  <input id="userName" name="userName" autocomplete="username" required maxlength="64" value="{html.Encode(userName ?? "")}" autofocus>
                  <label for="password">Password</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
                  <button type="submit">Sign in</button>
                </form>
              </main>
            </body>
            </html>
            """;
    }
}
