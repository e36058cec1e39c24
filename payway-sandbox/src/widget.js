// The Payway sandbox's stand-in for Klarna's Payments SDK (x.klarnacdn.net/kp/lib/v1/api.js):
// the same `Klarna.Payments` interface, with a small form in place of Klarna's iframe where a
// person chooses how Klarna answers. It asks the sandbox that served it; nothing leaves the
// machine. Written for the pages real integrations make: the hook before the script, the
// script alone, a script injected later, or polling for `window.Klarna.Payments`.
(function () {
  "use strict";

  var script = document.currentScript;
  // The sandbox's widget routes: where this script came from.
  var base = script && script.src ? new URL(".", script.src).href : "/sandbox/klarna/";
  var EVENTS = ["heightChanged", "fullscreenOverlayShown", "fullscreenOverlayHidden"];
  var JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
  var EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

  var clientToken = null;
  // category identifier -> { container, name }
  var loaded = {};
  var categories = [];
  // category identifier -> authorization token awaiting finalize()
  var pending = {};
  var handlers = {};
  EVENTS.forEach(function (name) { handlers[name] = []; });

  function KlarnaError(name, message) {
    var error = new Error(message);
    error.name = name;
    return error;
  }

  function emit(name, payload) {
    handlers[name].slice().forEach(function (handler) {
      try { handler(payload); } catch (e) { console.error(e); }
    });
  }

  function post(path, body) {
    // text/plain keeps the request simple: no CORS preflight.
    return fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        return { ok: response.ok, json: json };
      });
    });
  }

  // (options, callback) or (options, data, callback).
  function splitArguments(data, callback) {
    if (typeof data === "function") { return [{}, data]; }
    return [data || {}, typeof callback === "function" ? callback : function () {}];
  }

  function containerOf(selector) {
    var element = typeof selector === "string" ? document.querySelector(selector) : selector;
    if (!element || !element.appendChild) {
      throw KlarnaError("InvalidContainerSelectorError", "no element for the container " + selector);
    }
    return element;
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function frame(category) {
    var box = el("div", { "class": "klarna-sandbox", "data-category": category.identifier, "style":
      "border:1px solid #ffb3c7;border-radius:8px;padding:12px;margin:8px 0;font-family:sans-serif;background:#fff5f8" });
    box.appendChild(el("strong", {}, "Klarna"));
    box.appendChild(el("span", { "style": "color:#777" }, " (sandbox stand-in)"));
    box.appendChild(el("div", { "class": "klarna-sandbox-name" }, category.name));
    box.appendChild(el("div", { "class": "klarna-sandbox-step", "style": "color:#555;font-size:90%" },
      "When you buy, you choose here how Klarna answers."));
    return box;
  }

  function render(container, shown) {
    container.innerHTML = "";
    shown.forEach(function (category) {
      container.appendChild(frame(category));
      loaded[category.identifier] = { container: container, name: category.name };
    });
    emit("heightChanged", container.offsetHeight);
  }

  function init(options) {
    if (!options || typeof options.client_token !== "string" || !JWT.test(options.client_token)) {
      throw KlarnaError("InvalidClientTokenError", "client_token must be the session's klarna_client_token (a JWT)");
    }
    if (options.client_token !== clientToken) {
      loaded = {};
      pending = {};
      categories = [];
    }
    clientToken = options.client_token;
    // The preview tool passes a callback; it reads only `error`.
    if (typeof arguments[1] === "function") { arguments[1]({}); }
  }

  function requireInit() {
    if (!clientToken) {
      throw KlarnaError("ApplicationNotInitializedError", "call Klarna.Payments.init({client_token}) first");
    }
  }

  function load(options, data, callback) {
    requireInit();
    options = options || {};
    var split = splitArguments(data, callback);
    callback = split[1];
    var container = containerOf(options.container);
    var wanted = options.payment_method_category ? [options.payment_method_category]
      : options.payment_method_categories || null;
    if (wanted) {
      // The array form may hold identifiers or {payment_method_category} objects.
      wanted = wanted.map(function (w) { return typeof w === "string" ? w : w && w.payment_method_category; });
    }
    var token = clientToken;
    post("load", { client_token: token }).then(function (answer) {
      if (token !== clientToken) { return; }
      if (!answer.ok) {
        container.textContent = "Klarna cannot be shown: " + (answer.json.message || "unknown session");
        callback({ show_form: false });
        return;
      }
      categories = answer.json.payment_method_categories;
      var shown = categories.filter(function (c) { return !wanted || wanted.indexOf(c.identifier) >= 0; });
      if (shown.length === 0) {
        container.textContent = "Klarna does not offer " + wanted.join(", ") + " for this purchase.";
        callback({ show_form: false });
        return;
      }
      render(container, shown);
      callback({ show_form: true });
    }, function () {
      callback({ show_form: false });
    });
  }

  // Fields Klarna would ask the customer to correct.
  function invalidFields(data) {
    var invalid = [];
    ["billing_address", "shipping_address"].forEach(function (key) {
      var address = data[key];
      if (address && address.email !== undefined && !EMAIL.test(String(address.email))) {
        invalid.push(key + ".email");
      }
    });
    if (data.customer && data.customer.date_of_birth !== undefined &&
        !/^\d{4}-\d{2}-\d{2}$/.test(String(data.customer.date_of_birth))) {
      invalid.push("customer.date_of_birth");
    }
    return invalid;
  }

  function categoryFor(options) {
    var category = options.payment_method_category;
    if (!category && options.payment_method_categories && options.payment_method_categories.length) {
      category = options.payment_method_categories[0];
      if (category && typeof category !== "string") { category = category.payment_method_category; }
    }
    var ids = Object.keys(loaded);
    if (ids.length === 0) {
      throw KlarnaError("ApplicationNotLoadedError", "call Klarna.Payments.load(...) first");
    }
    if (!category) {
      if (ids.length === 1) { return ids[0]; }
      throw KlarnaError("PaymentMethodCategoryNotProvidedError", "say which payment_method_category: " + ids.join(", "));
    }
    if (!loaded[category]) {
      throw KlarnaError("PaymentMethodCategoryNotSupportedError", category + " was not loaded");
    }
    return category;
  }

  // Asks the person in the widget how Klarna answers, then asks the sandbox.
  function decide(category, done) {
    var place = loaded[category];
    var box = place.container.querySelector('.klarna-sandbox[data-category="' + category + '"]');
    var step = box.querySelector(".klarna-sandbox-step");
    step.innerHTML = "";
    step.appendChild(el("div", {}, "Klarna asks: how should this purchase go?"));
    var choices = [
      ["approve", "Approve", "#0a7d32"],
      ["decline", "Decline", "#b00020"],
      ["abort", "Abort (close Klarna)", "#555"]
    ];
    emit("fullscreenOverlayShown");
    choices.forEach(function (choice) {
      var button = el("button", { "type": "button", "data-decision": choice[0], "style":
        "margin:6px 6px 0 0;padding:6px 12px;color:#fff;border:0;border-radius:4px;background:" + choice[2] }, choice[1]);
      button.addEventListener("click", function () {
        step.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
        var token = clientToken;
        post("authorize", { client_token: token, payment_method_category: category, decision: choice[0] })
          .then(function (answer) {
            step.textContent = answer.ok ? "" : (answer.json.message || "Klarna cannot go on.");
            emit("fullscreenOverlayHidden");
            done(answer.ok ? answer.json : { approved: false, show_form: false });
          }, function () {
            step.textContent = "Klarna could not be reached.";
            emit("fullscreenOverlayHidden");
            done({ approved: false, show_form: false });
          });
      });
      step.appendChild(button);
    });
    emit("heightChanged", place.container.offsetHeight);
  }

  function authorize(options, data, callback) {
    requireInit();
    var split = splitArguments(data, callback);
    options = options || {};
    data = split[0];
    callback = split[1];
    // Some pages pass the data first and the options second.
    if (!options.payment_method_category && data.payment_method_category) {
      var swap = options; options = data; data = swap;
    }
    var category = categoryFor(options);
    var invalid = invalidFields(data);
    if (invalid.length) {
      setTimeout(function () {
        callback({ approved: false, show_form: true, error: { invalid_fields: invalid } });
      }, 0);
      return;
    }
    decide(category, function (result) {
      if (result.approved && options.auto_finalize === false) {
        pending[category] = result.authorization_token;
        callback({ approved: true, show_form: true, finalize_required: true });
        return;
      }
      callback(result);
    });
  }

  function finalize(options, data, callback) {
    requireInit();
    var split = splitArguments(data, callback);
    callback = split[1];
    options = options || {};
    var category = options.payment_method_category || Object.keys(pending)[0];
    if (category && pending[category]) {
      var token = pending[category];
      delete pending[category];
      setTimeout(function () {
        callback({ approved: true, show_form: true, authorization_token: token });
      }, 0);
      return;
    }
    decide(categoryFor(options), callback);
  }

  function reauthorize(options, data, callback) {
    requireInit();
    var split = splitArguments(data, callback);
    options = options || {};
    if (!options.payment_method_category) {
      throw KlarnaError("PaymentMethodCategoryNotProvidedError", "reauthorize needs payment_method_category");
    }
    var invalid = invalidFields(split[0]);
    if (invalid.length) {
      split[1]({ approved: false, error: { invalid_fields: invalid } });
      return;
    }
    decide(categoryFor(options), split[1]);
  }

  function on(name, handler) {
    if (EVENTS.indexOf(name) < 0) { throw KlarnaError("EventNotSupportedError", name + " is not an event"); }
    handlers[name].push(handler);
  }

  function off(name, handler) {
    if (EVENTS.indexOf(name) < 0) { throw KlarnaError("EventNotSupportedError", name + " is not an event"); }
    handlers[name] = handler === undefined ? [] : handlers[name].filter(function (h) { return h !== handler; });
  }

  window.Klarna = window.Klarna || {};
  window.Klarna.Payments = {
    init: init,
    load: load,
    authorize: authorize,
    finalize: finalize,
    reauthorize: reauthorize,
    on: on,
    off: off
  };
  if (typeof window.klarnaAsyncCallback === "function") {
    try { window.klarnaAsyncCallback(); } catch (e) { console.error(e); }
  }
})();
