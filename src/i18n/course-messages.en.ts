/** English strings of the course: contents, prose, reading mode, quiz; merged into messages.en.ts. */
export const courseEn = {
  'app.chapterFailed':
    'This chapter could not be shown ({message}). The other chapters and the contents still work.',
  'app.panelFailed': 'This part could not be shown ({message}). The rest of the page still works.',
  'app.retry': 'Try again',
  'chapter.title.https-and-groups': 'HTTPS and shared ALBs',
  'chapter.title.beyond-ingress': 'Beyond Ingress: bindings, class parameters, Gateway API',
  'toc.title': 'Chapters',
  'toc.progress': '{seen} of {total} steps seen',
  'toc.done': 'Read',
  'toc.notStarted': 'Not started',
  'toc.own': 'Your own scenario',
  'toc.annotations': 'Annotation reference',
  'toc.show': 'Chapters',

  'lesson.still.start': 'The cluster as it is before the controller does anything.',
  'lesson.still.after':
    'Nothing happens in this step: the picture holds still, and the text explains what it shows.',
  'lesson.still.setup': 'The cluster and AWS as they are set up.',
  'lesson.stepTitle': 'Step {step} of {total}: {title}',
  'lesson.progress': 'Progress through the chapter',
  'lesson.unresolved': 'This chapter could not be built from its scenario: {details}',
  'lesson.modeFixed': 'This chapter has one target type: {mode}.',

  'prose.loading': 'Loading the text…',
  'prose.failed': 'The chapter text could not be loaded. The diagram and steps still work.',
  'prose.term.close': 'Close',
  'prose.term.loading': 'Loading the definition…',
  'prose.term.unavailable': 'The definition could not be loaded (are you offline?).',
  'prose.term.retry': 'Try again',
  'prose.mermaid.loading': 'Drawing the diagram…',
  'prose.mermaid.error': 'Mermaid could not draw this diagram:',
  'prose.mermaid.missing': 'No diagram named {name}.',
  'prose.mermaid.open': 'Open at full size',
  'prose.mermaid.fullSize': 'The diagram at full size',
  'prose.mermaid.fullSizeOf': '{title} — at full size',
  'prose.mermaid.close': 'Close',
  'prose.misconception.title': 'Common misconception',
  'prose.misconception.original': 'A diagram often drawn for this',
  'prose.misconception.corrected': 'Corrected',
  'prose.misconception.asWritten': 'That diagram’s source, exactly as it usually circulates',

  'reading.toggle': 'Reading mode',
  'reading.lead':
    'Every step of this chapter on one page, each with the diagram as it stands at the end of that step.',
  'reading.figure': 'Diagram at the end of the step “{title}”',

  'quiz.title': 'Check your understanding',
  'quiz.question': 'Question {number}',
  'quiz.check': 'Check',
  'quiz.another': 'Ask me another',
  'quiz.correct': 'Correct.',
  'quiz.wrong': 'Not quite.',
  'quiz.pick': 'Choose an answer first.',
  'quiz.nextHop.prompt':
    'A request for {url} ({mode} mode) has just reached {at}. Click the element in the diagram where the packet goes next.',
  'quiz.nextHop.clicked': 'You clicked {clicked}.',
  'quiz.nextHop.answer': 'The packet goes next to {answer}: {why}',
  'quiz.nextHop.diagram': 'Diagram for the question: click the next element',
  'quiz.registered.prompt':
    'In this cluster the Service {service} has NodePort {nodePort} and targetPort {targetPort}, and the Ingress uses target type {mode}. Which target does the controller register for {subject}?',
  'quiz.registered.node': 'node {node}',
  'quiz.registered.pod': 'pod {pod}',
  'quiz.registered.explainInstance':
    'In instance mode the target group holds EC2 instance IDs on the Service’s NodePort: {answer}. kube-proxy on the node then picks a pod.',
  'quiz.registered.explainIp':
    'In ip mode the target group holds pod IPs on the port the pod listens on (the Service’s targetPort): {answer}. No NodePort is involved.',
} as const;
