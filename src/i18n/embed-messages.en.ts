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
  'share.link':
    'Link to this step (opens the full app)',
  'share.embedLink':
    'Embed address (the compact player, for iframes and /embed)',
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
    'Type /iframe (or /embed), paste this embed address and drag the frame to about 520 px high. If the macro is not allowed, attach the PNG and link it to the link to this step.',
  'share.host.confluenceDc': 'Confluence Data Center',
  'share.host.confluenceDc.text':
    'Insert the HTML macro (an administrator must enable it) and paste this iframe. For a dark page, add &theme=dark to its address.',
  'share.host.notion': 'Notion',
  'share.host.notion.text':
    'Type /embed, paste this embed address and drag the block to the height you want; Notion keeps it.',
  'share.host.gitlab': 'GitLab',
  'share.host.gitlab.text':
    'GitLab draws Mermaid but does not run iframes in Markdown: paste this (the flowchart and a link to this step).',
  'share.host.github': 'GitHub',
  'share.host.github.text':
    'GitHub strips iframes. Download the SVG, commit it next to your Markdown as {svg}, and paste this: the picture links to this step. (Or paste the Mermaid text in a ```mermaid block.)',
  'share.host.mediawiki': 'MediaWiki',
  'share.host.mediawiki.text':
    'Download the PNG, upload it as {png}, and paste this: the picture links to this step.',
  'share.dropHint': 'Drop an SVG or PNG exported from this app to open its step.',
  'share.dropFailed': 'That file does not say which step it shows, so nothing was opened.',
  'export.title': '{chapter}, step {step} of {total} ({mode})',
} as const;
