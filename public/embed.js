/* global document, window, location, customElements, HTMLElement */
/*
 * <lbc-explainer chapter="ip-mode" step="register-targets" mode="ip" lang="ko" theme="dark">
 *
 * Embeds the "AWS Load Balancer Controller, explained" player from the site this script is
 * served from: it creates the iframe (embed=1), follows its height, accepts commands only from
 * this page (allowOrigin) and re-dispatches the player's events on the element (`ready`,
 * `stepChanged`, `modeChanged`, `height`; the message is the event's `detail`). Methods: next(),
 * prev(), play(), pause(), goto(chapter, step), setMode(mode), setLang(lang), setTheme(theme).
 */
(() => {
  if (customElements.get('lbc-explainer')) return;
  const script = document.currentScript;
  const base = new URL('./', script && script.src ? script.src : location.href);
  const PREFIX = 'lbc-explainer:';
  const PARAMS = ['chapter', 'step', 'mode', 'lang', 'theme', 'autoplay', 'speed', 'controls'];

  class LbcExplainer extends HTMLElement {
    static get observedAttributes() {
      return PARAMS;
    }

    constructor() {
      super();
      this.frame = null;
      this.onMessage = (event) => {
        if (!this.frame || event.source !== this.frame.contentWindow) return;
        if (base.origin !== 'null' && event.origin !== base.origin) return;
        const data = event.data;
        if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
        if (!data.type.startsWith(PREFIX)) return;
        if (data.type === PREFIX + 'height') {
          const height = Number(data.height);
          if (Number.isFinite(height) && height > 0 && height < 10000)
            this.frame.style.height = Math.ceil(height) + 'px';
        }
        this.dispatchEvent(new CustomEvent(data.type.slice(PREFIX.length), { detail: data }));
      };
    }

    src() {
      const url = new URL(base);
      url.searchParams.set('embed', '1');
      for (const name of PARAMS) {
        const value = this.getAttribute(name);
        if (value !== null && value !== '') url.searchParams.set(name, value);
      }
      if (location.origin !== 'null') url.searchParams.set('allowOrigin', location.origin);
      return url.href;
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      if (this.frame) return;
      this.style.display = 'block';
      const frame = document.createElement('iframe');
      frame.title = this.getAttribute('title') || 'AWS Load Balancer Controller, explained';
      frame.src = this.src();
      frame.loading = 'lazy';
      frame.allow = 'fullscreen';
      frame.style.cssText = 'display:block;width:100%;height:520px;border:0';
      this.frame = frame;
      this.append(frame);
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback() {
      if (this.frame) this.frame.src = this.src();
    }

    send(name, fields) {
      if (!this.frame || !this.frame.contentWindow) return;
      const target = base.origin === 'null' ? '*' : base.origin;
      this.frame.contentWindow.postMessage(Object.assign({ type: PREFIX + name }, fields), target);
    }

    next() {
      this.send('next', {});
    }
    prev() {
      this.send('prev', {});
    }
    play() {
      this.send('play', {});
    }
    pause() {
      this.send('pause', {});
    }
    goto(chapter, step) {
      this.send('goto', step === undefined ? { chapter } : { chapter, step });
    }
    setMode(mode) {
      this.send('setMode', { mode });
    }
    setLang(lang) {
      this.send('setLang', { lang });
    }
    setTheme(theme) {
      this.send('setTheme', { theme });
    }
  }

  customElements.define('lbc-explainer', LbcExplainer);
})();
