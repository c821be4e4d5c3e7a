/** English strings of the embed player, the Share / Embed dialog and the exports; merged into messages.en.ts. */
export const embedEn = {
  'embed.region': '{chapter}, step {step} of {total}',
  'embed.controls': 'Player',
  'embed.openFull': 'Open in full app',
  'embed.mode': 'Target type',
  'embed.language': 'Language',
  'embed.loading': 'Loading the diagram…',
  'embed.focused': 'Keys: ← → step, Space play or pause',

  'share.open': 'Share / Embed',
  'share.title': 'Share or embed this step',
  'share.intro':
    'Everything below points at this chapter, step, target type, language and theme. Where a page allows iframes, embed the live player; where it does not, paste the Mermaid text or an image with a link.',
  'share.close': 'Close',
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.link': 'Link',
  'share.embedLink': 'Player address (for /embed and iframe macros)',
  'share.iframe': 'Iframe (live player)',
  'share.element': 'Script tag and element (docs sites that allow scripts)',
  'share.mermaid': 'Mermaid',
  'share.mermaidFlowchart': 'Flowchart of this step',
  'share.mermaidSequence': 'Sequence of the request',
  'share.mermaidLoading': 'Writing the Mermaid text…',
  'share.downloads': 'Download this step as a picture',
  'share.downloadHint':
    'The SVG and PNG remember the chapter, step and target type: drop one onto this app to open the same step. The GIF loops the step’s animation.',
  'share.working': 'Making {format}…',
  'share.failed': 'The {format} could not be made: {message}',
  'share.hosts': 'How to put it in your wiki',
  'share.host.confluenceCloud': 'Confluence Cloud',
  'share.host.confluenceCloud.text':
    'Type /iframe (or /embed), paste the iframe address (the src of the iframe snippet) and drag the frame to about 520 px high. If the macro is not allowed, attach the PNG and link it.',
  'share.host.confluenceDc': 'Confluence Data Center',
  'share.host.confluenceDc.text':
    'Insert the HTML macro (an administrator must enable it) and paste the iframe snippet. A user macro can pass the {confluenceColorMode} variable as the theme parameter; light, dark and auto are understood.',
  'share.host.notion': 'Notion',
  'share.host.notion.text':
    'Type /embed, paste the link with embed=1 (the iframe’s src) and resize the block. Notion keeps the frame’s height as you drag it.',
  'share.host.gitlab': 'GitLab',
  'share.host.gitlab.text':
    'GitLab renders Mermaid: paste the Mermaid text in a ```mermaid block, with the link below it. It does not run iframes in Markdown.',
  'share.host.github': 'GitHub',
  'share.host.github.text':
    'GitHub strips iframes. Paste the Mermaid text in a ```mermaid block, or commit the SVG or PNG and show it as an image that links to the live page: [![diagram](diagram.svg)](link).',
  'share.host.mediawiki': 'MediaWiki',
  'share.host.mediawiki.text':
    'Upload the PNG (or SVG, where the wiki allows it) and show it with a link: [[File:diagram.png|link=…]], or put the link under it as an external link.',
  'share.dropHint': 'Drop an SVG or PNG exported from this app to open its step.',
  'share.dropFailed': 'That file does not say which step it shows, so nothing was opened.',
  'export.title': '{chapter}, step {step} of {total} ({mode})',
} as const;
