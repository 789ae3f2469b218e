"""French positives, part B: prescriptions, replies, forwards, results,
attachment-only, insurer forms, ICS, vCard, youth protection, foreign
records, discharge summaries, attached .eml, CSV recall, quick notes."""
import datetime

from gen_build import Mail, att_eml, workday_after
from gen_clinical import make_case, social
from gen_docs import Att, csv_text, docx, ics, pdf, vcard, zip_bytes
from gen_pos_common import (pick, INSURERS, PHARMACIES, S, ascii_token, closing, demo_lines, dstr, file_token,
                            greeting, hhmm, id_label, ident_inline, idval, idval_safe, mkpatient, pdf_demo,
                            sexlabel)
from gen_util import ORG_FR, age_at, signature, strip_accents

URGENTOLOGUE = ('Dr Alexis Gervais, urgentologue', 'alexis.gervais@deuxrives.example')


def personal_email(c, p):
    r = c.g.rng
    local = r.choice([p.given[0] + p.surname, p.given + '.' + p.surname, p.surname + str(p.dob.year % 100)])
    addr = strip_accents(local).lower().replace(' ', '').replace("'", '') + '@' + r.choice(
        ['courriel.example', 'videotron-mail.example', 'boitemail.example'])
    c.add('patient_contact')
    c.must.append(addr)
    return addr


def quote(lines):
    return ['> ' + l if l else '>' for l in lines]


def pharmacy_rx(g, c, idk):
    r = g.rng
    doc = r.choice([S['lortie'], S['rousseau'], S['kourouma'], S['mehta']])
    ph = r.choice(PHARMACIES[:2])
    p = mkpatient(g, c, idk)
    if doc is S['kourouma']:
        cs = make_case(r, 'uveitis')
        meds = cs.rx_list(c)
        dxl = cs.dx(c)
    elif doc is S['mehta']:
        cs = make_case(r, 'hole')
        meds = cs.rx_list(c)
        dxl = cs.dx(c)
    else:
        eye = r.choice(['OD', 'OG'])
        c.add('medication', 'diagnosis')
        meds = ['moxifloxacine 0,5 %% (Vigamox) 1 gtte QID %s x 7 jours' % eye,
                'acétate de prednisolone 1 %% (Pred Forte) 1 gtte QID %s x 1 sem., puis TID, BID, DIE' % eye,
                'kétorolac 0,5 %% (Acular) 1 gtte TID %s x 4 semaines' % eye]
        dxl = 'post-op phaco + LIO %s (cataracte)' % eye
    subject = pick(r, lambda: 'Ordonnance — %s' % c.name(p, r.choice(['upper', 'title'])), lambda: 'Rx post-op', lambda: 'Ordonnance à exécuter')
    rx_lines = ['%d. %s' % (i + 1, m) for i, m in enumerate(meds)]
    if r.random() < 0.5:
        body = [greeting(c), '', 'Veuillez exécuter l\'ordonnance suivante :', '']
        body += demo_lines(c, p, idk, with_addr=r.random() < 0.5)
        body += ['Indication : ' + dxl, ''] + rx_lines + ['', 'Renouvellements : 0', '', doc.named('fr') + ', permis 1-' +
                                                         str(r.randint(10000, 99999)), signature(doc, 'fr', short=True)]
        atts = []
    else:
        body = [greeting(c), '', "Ordonnance en pièce jointe (original remis au patient). Merci de confirmer la "
                "réception par retour de courriel.", '', closing(c), signature(doc, 'fr')]
        lines = ['# ORDONNANCE'] + pdf_demo(c, p, idk, with_addr=True) + ['', 'Indication : ' + dxl, ''] + rx_lines + [
            '', 'Prescripteur : %s, %s' % (doc.named('fr'), doc.role_fr), 'Date : ' + dstr(c, c.when.date(), 'iso')]
        atts = [Att('pdf', r.choice(['ordonnance_%s.pdf' % c.when.strftime('%Y%m%d'), 'Rx_%s.pdf' % ascii_token(p, 1)]),
                    data=pdf(lines, title='Ordonnance', header=ORG_FR, when=c.when), ctype='application/pdf')]
    return Mail(c, 'prescription', 'prescription sent to community pharmacy', doc, [(ph[0], ph[1])], subject,
                '\n'.join(body), atts=atts)


def reply_quoted(g, c, idk):
    r = g.rng
    sec = r.choice([S['girouard'], S['lafreniere']])
    doc = r.choice([S['benali'], S['ducharme'], S['kourouma']])
    kind = {'Benali': 'glaucoma', 'Ducharme': 'namd', 'Kourouma': 'uveitis'}[doc.surname]
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    orig_when = c.when - datetime.timedelta(hours=r.randint(1, 5), minutes=r.randint(0, 59))
    call = r.choice(["l'optométriste a appelé", 'la fille de la patiente a appelé' if p.sex == 'F' else 'le fils du patient a appelé',
                     "la pharmacie a appelé"])
    orig = ['%s,' % doc.named('fr'), '',
            '%s au sujet de %s.' % (call.capitalize(), c.name(p, r.choice(['title', 'comma', 'upper']))),
            ] + demo_lines(c, p, idk, name_style='skip', with_phone=r.random() < 0.5) + [
        'Résultats transmis : ' + cs.res(c), 'Dx au dossier : ' + cs.dx(c),
        'Peut-on devancer son rendez-vous prévu le %s?' % dstr(c, workday_after(c.when, 20, 60, r), 'long'), '',
        'Merci', sec.given]
    quoted = ['Le %s à %s, %s <%s> a écrit :' % (dstr(c, orig_when.date(), 'long'), orig_when.strftime('%H:%M'),
                                                sec.full, sec.email)] + quote(orig)
    new_day = workday_after(c.when, 1, 6, r)
    reply = [r.choice(['Oui, mets-%s dans ma plage urgente du %s à %s.' % ('la' if p.sex == 'F' else 'le', dstr(c, new_day, 'long'),
                                                                          hhmm(r.choice([8, 9, 13]), r.choice([0, 20, 40]), 'fr')),
                       'OK pour devancer. Premier trou disponible, et dilatation à l\'arrivée.',
                       'Pas nécessaire de devancer, mais dis-lui de consulter à l\'urgence si douleur ou baisse de vision.']),
             '', doc.given[0] + '.', '']
    subject = 'RE: ' + pick(r, lambda: 'Appel — %s' % c.name(p, 'title_sur'), lambda: 'Demande de devancer un RV', lambda: 'question rdv')
    return Mail(c, 'reply', 'reply with quoted booking question', doc, [sec], subject, '\n'.join(reply + quoted),
                reply=True)


def forward_voicemail(g, c, idk):
    r = g.rng
    sec = r.choice([S['girouard'], S['lafreniere']])
    nurse = S['menard']
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['namd', 'dme']))
    pemail = personal_email(c, p)
    orig_when = c.when - datetime.timedelta(hours=r.randint(2, 40))
    pname = c.name(p, 'full')
    inner = ['Bonjour,', '',
             "Je suis %s, j'ai mon injection %s prévue le %s mais %s." % (
                 pname, "à l'" + cs.eyel('fr') if cs.eye != 'B' else 'aux deux yeux',
                 dstr(c, workday_after(c.when, 2, 10, r), 'long'),
                 r.choice(['je n\'ai pas de transport ce jour-là', 'je suis à l\'hôpital pour une pneumonie',
                           'ma vision a baissé depuis lundi et je voudrais être vue avant' if p.sex == 'F'
                           else 'ma vision a baissé depuis lundi et je voudrais être vu avant'])),
             'Vous pouvez me rejoindre au %s.' % c.phone(p)]
    if idk == 'nam':
        inner.append('Mon numéro d\'assurance maladie : %s (née le %s)' % (c.nam(p), c.dob(p)) if p.sex == 'F'
                     else 'Mon numéro d\'assurance maladie : %s (né le %s)' % (c.nam(p), c.dob(p)))
    elif idk not in ('none', None):
        inner.append('%s : %s' % (id_label(c, idk), idval(c, p, idk)))
    inner += ['', 'Merci', pname.split(' ')[0]]
    fwd = ['-------- Message transféré --------',
           'De : %s <%s>' % (pname, pemail),
           'Date : %s' % dstr(c, orig_when.date(), 'long') + ' ' + orig_when.strftime('%H:%M'),
           'À : rendezvous.ophtalmo@deuxrives.example',
           'Objet : report injection', ''] + inner
    body = [greeting(c, nurse, informal=True), '',
            pick(r, lambda: 'Peux-tu regarder ça? Elle est sous %s.' % cs.rx(c) if p.sex == 'F' else
                      'Peux-tu regarder ça? Il est sous %s.' % cs.rx(c), lambda: 'Reçu dans la boîte des rendez-vous. Dossier : %s, %s.' % (c.mrn(p), cs.dx(c))),
            '', sec.given, ''] + fwd
    subject = 'TR: report injection'
    return Mail(c, 'forward', 'forwarded patient request to reschedule injection', sec, [nurse], subject,
                '\n'.join(body))


def results_subject_only(g, c, idk):
    r = g.rng
    tech = S['poitras'] if idk == 'none' else S['cormier']
    doc = S['benali'] if tech is S['poitras'] else S['quesnel']
    peds = tech is S['cormier']
    p = mkpatient(g, c, 'mrn' if peds else 'none', age=r.randint(4, 9) if peds else None)
    if not peds:
        cs = make_case(r, 'glaucoma')
        subj = r.choice(['CV + OCT NO — %s', 'Champ visuel %s', 'résultats %s'])
        who = c.name(p, r.choice(['upper_all', 'comma', 'sur_initial', 'lower_rev']))
    else:
        cs = make_case(r, 'amblyopia')
        subj = r.choice(['Bilan orthoptique — %s', 'Suivi occlusion %s'])
        # given name with the chart number: enough to identify the child
        who = '%s (dossier %s)' % (c.name(p, 'given'), c.mrn(p))
    body = [greeting(c, doc), '', 'Résultats de ce matin :', ''] + ['- ' + x for x in cs.res_list(c)] + [
        '', r.choice(['Rapport complet numérisé dans le dossier.', 'Les imprimés sont dans votre casier.',
                      'Je le laisse en salle d\'attente au cas où vous voudriez le voir.' if not peds else
                      'Les parents attendent en salle 3 si vous voulez leur parler.']), '', tech.given]
    return Mail(c, 'results', 'test results to physician, patient named in subject only', tech, [doc], subj % who,
                '\n'.join(body))


def attachment_only(g, c, idk):
    r = g.rng
    tech = r.choice([S['poitras'], S['menard'], S['girouard']])
    doc = r.choice([S['ducharme'], S['mehta']])
    body = [greeting(c, doc), '', r.choice(['Voici ce que vous avez demandé.', 'Ci-joint, comme discuté.',
                                            'Rapports de la semaine en pièce jointe.']), '', tech.given]
    atts = []
    if r.random() < 0.5:
        p = mkpatient(g, c, idk)
        cs = make_case(r, r.choice(['namd', 'dme', 'hole', 'rvo']))
        lines = ['# Rapport OCT maculaire — %s' % dstr(c, c.when.date(), 'iso'), '']
        if idk != 'none' and r.random() < 0.6:
            lines += pdf_demo(c, p, idk)
        lines += ['', 'Résultats : ' + cs.res(c), 'Conclusion : ' + cs.dx(c)]
        fn = 'OCT_%s_%s.pdf' % (file_token(p, r.randrange(3)), c.when.strftime('%Y-%m-%d'))
        c.name(p, 'surname')
        c.must.append(fn)
        atts.append(Att('pdf', fn, data=pdf(lines, title='OCT', header=ORG_FR, when=c.when), ctype='application/pdf'))
        subject = r.choice(['OCT', 'rapport demandé', 'Fw: imagerie'])
    else:
        members = []
        for i in range(r.randint(2, 4)):
            p = mkpatient(g, c, 'mrn')
            cs = make_case(r, r.choice(['namd', 'dme', 'rvo']))
            mrn = c.mrn(p, 'plain')
            lines = ['# Rapport OCT', 'Dossier : ' + mrn, '', 'Résultats : ' + cs.res(c), 'Conclusion : ' + cs.dx(c)]
            fn = 'OCT_%s_%s.pdf' % (ascii_token(p, r.randrange(3)), mrn)
            c.name(p, 'surname')
            c.must.append(fn)
            members.append((fn, pdf(lines, title='OCT', when=c.when)))
        atts.append(Att('zip', 'rapports_OCT_sem%02d.zip' % c.when.isocalendar()[1],
                        data=zip_bytes(members, c.when), ctype='application/zip'))
        subject = 'rapports OCT de la semaine'
    return Mail(c, 'imaging', 'imaging report, patient only in attachment', tech, [doc], subject, '\n'.join(body),
                atts=atts)


def insurer_form(g, c, idk):
    r = g.rng
    doc = r.choice([S['whitaker'], S['mehta'], S['ducharme']])
    ins = INSURERS[0]
    p = mkpatient(g, c, idk, age=r.randint(28, 62))
    cs = make_case(r, {'whitaker': 'neuritis', 'mehta': 'rd', 'ducharme': 'rvo'}[doc.surname.lower()])
    claim = 'INV-%d-%05d' % (c.when.year, r.randint(10000, 99999))
    lines = ['# Déclaration du médecin traitant — invalidité', 'No de réclamation : ' + claim, '',
             'Assuré(e) : ' + c.name(p, 'upper'), 'Date de naissance : ' + c.dob(p) + '   ' + sexlabel(c, p, 0),
             'NAS : ' + c.sin(p, r.choice(['space', 'hyphen', 'plain']))]
    if idk == 'nam':
        lines.append('NAM : ' + c.nam(p, 'space'))
    lines += ['', 'Diagnostic : ' + cs.dx(c), 'Constatations objectives : ' + cs.res(c),
              'Traitement : ' + cs.rx(c),
              'Limitations : ' + r.choice(['aucune conduite automobile, pas de travail sur écran prolongé',
                                           'aucun effort physique ni port de charge pendant 4 semaines',
                                           'vision monoculaire temporaire, pas de travail en hauteur']),
              'Retour au travail prévu : ' + dstr(c, workday_after(c.when, 30, 90, r), 'iso'), '',
              'Médecin : %s, %s' % (doc.named('fr'), doc.role_fr)]
    if r.random() < 0.5:
        atts = [Att('pdf', 'declaration_medecin_%s.pdf' % claim, data=pdf(lines, title='Déclaration', header=ORG_FR,
                                                                         when=c.when), ctype='application/pdf')]
        body = [greeting(c), '', 'Vous trouverez ci-joint la déclaration du médecin traitant pour la réclamation %s.'
                % claim, '', closing(c), '', signature(doc, 'fr')]
    else:
        atts = [Att('docx', 'Declaration_invalidite_%s.docx' % ascii_token(p, 1),
                    data=docx([('p', l.lstrip('# ')) for l in lines], when=c.when, title='Déclaration'),
                    ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')]
        body = [greeting(c), '', 'Formulaire rempli en pièce jointe (réclamation %s). Le patient a signé '
                                 "l'autorisation de divulgation." % claim, '', closing(c), signature(doc, 'fr')]
    return Mail(c, 'insurer_form', 'disability form to insurer', doc, [(ins[0], ins[1])], 'Réclamation ' + claim,
                '\n'.join(body), atts=atts)


def ics_appointment(g, c, idk):
    r = g.rng
    clerk = r.choice([S['lafreniere'], S['moore']])
    p = mkpatient(g, c, idk)
    surg = r.random() < 0.5
    cs = make_case(r, 'cataract' if surg else r.choice(['namd', 'dme']))
    day = workday_after(c.when, 5, 40, r)
    h, m = r.choice([(7, 30), (8, 15), (9, 0), (10, 45), (13, 0)])
    start = datetime.datetime(day.year, day.month, day.day, h, m)
    end = start + datetime.timedelta(minutes=45 if surg else 20)
    who = c.name(p, r.choice(['title', 'upper', 'title_sur']))
    ident = idval(c, p, idk) if idk not in ('none', None) else c.mrn(p)
    if surg:
        summary = 'Phaco %s — %s' % (cs.e('fr'), who)
        desc = 'Dx : %s\nBiométrie : %s\nNote : %s\n%s : %s' % (cs.dx(c), cs.res(c), cs.rx(c),
                                                               id_label(c, idk) if idk != 'none' else 'Dossier', ident)
    else:
        summary = 'IVT %s %s' % (cs.e('fr'), who)
        desc = 'Produit : %s\nIndication : %s\n%s : %s' % (cs.rx(c), cs.dx(c),
                                                          id_label(c, idk) if idk != 'none' else 'Dossier', ident)
    if idk == 'nam':
        desc += '\nDDN : %s (%s)' % (c.dob(p, 'iso'), p.sex)
    doc = S['lortie'] if surg else S['ducharme']
    cal = ics('%s-%d@deuxrives.example' % (start.strftime('%Y%m%dT%H%M'), r.randint(100, 999)), start, end, summary,
              desc, 'Bloc 3' if surg else 'Clinique rétine, salle 2', (clerk.full, clerk.email),
              [(doc.full, doc.email)], stamp=c.when)
    body = [greeting(c, doc), '', r.choice(['Rendez-vous ajouté à votre agenda.', 'Invitation pour le cas ajouté.',
                                            'Ajout hors liste, voir invitation.']), '', clerk.given]
    return Mail(c, 'ics_appointment', 'calendar invitation for patient procedure', clerk, [doc],
                r.choice(['Invitation : ' + summary, 'Ajout au programme du %s' % dstr(c, day, 'dmy')]),
                '\n'.join(body), atts=[Att('ics', 'invite.ics', text=cal, ctype='text/calendar',
                                           params=[('method', 'REQUEST')])])


def vcard_contact(g, c, idk):
    r = g.rng
    sw = S['akande']
    nurse = r.choice([S['menard'], S['nursemgr']])
    p = mkpatient(g, c, idk, age=r.randint(70, 93))
    cs = make_case(r, r.choice(['namd', 'glaucoma', 'dme']))
    soc = social(c, p)
    fn = '%s %s' % (p.given, p.surname)
    c.name(p, 'full')
    c.phone(p)
    c.address(p)
    note = '%s. %s.' % (cs.dx(c), soc)
    if idk == 'nam':
        note += ' NAM %s, DDN %s, sexe %s.' % (c.nam(p, 'plain'), c.dob(p, 'iso'), p.sex)
    elif idk not in ('none', None):
        note += ' %s %s.' % (id_label(c, idk), idval(c, p, idk))
    card = vcard(fn, [p.surname, p.given, '', '', ''], tel=('HOME,VOICE', p.phone), adr=p.address.replace(',', '\\,'),
                 note=note)
    c.must.remove(p.address)
    c.must.append(p.address.split(',')[0])
    body = [greeting(c, sw, informal=True), '',
            r.choice(['Voici la fiche de %s dont je t\'ai parlé ce matin. ' + ('Elle' if p.sex == 'F' else 'Il') +
                      ' manque ses injections depuis 2 mois.',
                      'Coordonnées de %s en pièce jointe — on n\'arrive pas à ' + ('la' if p.sex == 'F' else 'le') +
                      ' joindre pour la relance.']) % (
                'Mme ' + p.surname if p.sex == 'F' else 'M. ' + p.surname), '', nurse.given]
    return Mail(c, 'vcard', 'patient contact card sent to social worker', nurse, [sw],
                r.choice(['Fiche contact', 'Relance — coordonnées', 'Patient(e) perdu(e) de vue']), '\n'.join(body),
                atts=[Att('vcf', '%s.vcf' % ascii_token(p, 0), text=card, ctype='text/vcard')])


def dpj_peds(g, c, idk):
    r = g.rng
    doc = S['quesnel']
    p = mkpatient(g, c, 'mrn', age=1)
    p.dob = c.when.date() - datetime.timedelta(days=r.randint(100, 320))
    c.add('social_information', 'diagnosis', 'lab_result')
    child = c.name(p, 'full')
    body = [greeting(c), '',
            "Suite à notre appel de ce matin, je confirme par écrit les constatations de l'examen du fond d'œil "
            "effectué le %s chez l'enfant %s (né%s le %s, dossier %s)." % (
                dstr(c, c.when.date(), 'long'), child, 'e' if p.sex == 'F' else '', c.dob(p, 'long'), c.mrn(p)),
            '',
            '- Hémorragies rétiniennes multicouches bilatérales, s\'étendant jusqu\'à l\'ora serrata',
            '- Rétinoschisis hémorragique maculaire OD',
            '- TDM cérébrale : hématome sous-dural (rapport de radiologie au dossier)', '',
            'Ces trouvailles sont compatibles avec un traumatisme crânien non accidentel. Le signalement a été '
            'retenu; l\'enfant demeure hospitalisé%s à la pédiatrie, visites supervisées.' % ('e' if p.sex == 'F' else ''),
            '', 'Je reste disponible pour l\'évaluation en cour si requis.', '', signature(doc, 'fr')]
    return Mail(c, 'youth_protection', 'ophthalmology findings to youth protection', doc,
                [('Direction de la protection de la jeunesse des Deux-Rives — réception des signalements',
                  'signalements@dpj-deuxrives.example')],
                'Confirmation écrite — signalement', '\n'.join(body), cc=[S['akande']])


def foreign_transfer(g, c, idk):
    r = g.rng
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['namd', 'glaucoma', 'keratoconus', 'uveitis']))
    if idk == 'niss':
        sender = ('Dr Luc Vandenbroucke — Clinique ophtalmologique du Parc, Bruxelles', 'l.vandenbroucke@parcophtalmo.example')
        idline = 'NISS : ' + c.niss(p)
        intro = ("Notre patient%s s'installe au Québec le mois prochain. À sa demande, je vous transmets un résumé "
                 "de son dossier afin d'assurer la continuité des soins." % ('e' if p.sex == 'F' else ''))
        sig = 'Dr L. Vandenbroucke\nClinique ophtalmologique du Parc\nAvenue des Tilleuls 12, 1050 Bruxelles\n+32 2 555 01 44'
    else:
        sender = ('Dre Camille Arnoux — CH de Vallon-sur-Loire, ophtalmologie', 'c.arnoux@ch-vallon.example')
        idline = 'NIR : ' + c.nir(p)
        intro = ("Je vous adresse %s, qui effectue un séjour d'études d'un an à Val-des-Pins, pour la poursuite "
                 "du suivi." % c.name(p, 'title'))
        sig = 'Dre C. Arnoux\nService d\'ophtalmologie — CH de Vallon-sur-Loire\n04 55 50 01 23'
    lines = ['Patient%s : %s' % ('e' if p.sex == 'F' else '', c.name(p, r.choice(['upper', 'upper_all']))),
             'Né%s le %s' % ('e' if p.sex == 'F' else '', c.dob(p, r.choice(['dmy', 'long']))), idline, '',
             'Diagnostic : ' + cs.dx(c), 'Derniers examens : ' + cs.res(c), 'Traitement en cours : ' + cs.rx(c),
             'Proposition : ' + cs.plan('fr')]
    atts = []
    if r.random() < 0.5:
        body = ['Chère consœur, cher confrère,', '', intro, ''] + lines + ['', 'Bien confraternellement,', '', sig]
    else:
        body = ['Chère consœur, cher confrère,', '', intro, 'Le courrier de synthèse est joint au format PDF.', '',
                'Bien confraternellement,', '', sig]
        safe_lines = [l for l in lines]
        atts.append(Att('pdf', 'courrier_synthèse.pdf', data=pdf(safe_lines, title='Synthèse', when=c.when),
                        ctype='application/pdf'))
    return Mail(c, 'record_transfer', 'record summary from a clinic abroad', sender, [S['girouard']],
                'Transfert de dossier — suivi ophtalmologique', '\n'.join(body), atts=atts)


def discharge_docx(g, c, idk):
    r = g.rng
    doc = S['mehta']
    res = r.choice([S['resident'], S['resident2']])
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['rd', 'hole']))
    adm = c.when.date() - datetime.timedelta(days=r.randint(1, 3))
    blocks = [('h', 'Résumé de départ — chirurgie d\'un jour'),
              ('table', [['Patient', c.name(p, 'upper')], ['Date de naissance', c.dob(p, 'iso')],
                         ['Sexe', p.sex],
                         [id_label(c, idk) if idk not in ('none', 'mrn') else 'Dossier',
                          idval(c, p, idk) if idk not in ('none',) else c.mrn(p)],
                         ['Admission', dstr(c, adm, 'iso')], ['Chirurgien', doc.named('fr')]]),
              ('p', 'Diagnostic : ' + cs.dx(c)),
              ('p', 'Intervention : ' + cs.plan('fr')),
              ('p', 'Trouvailles : ' + cs.res(c)),
              ('p', 'Médication au départ : ' + cs.rx(c)),
              ('p', "Consignes : pas d'avion ni d'altitude tant que la bulle de gaz est présente; bracelet d'avertissement "
                    "remis; revoir en clinique dans 1 semaine."),
              ('p', 'Rédigé par ' + res.named('fr'))]
    fn = r.choice(['resume_depart_%s.docx' % ascii_token(p, 1), 'Résumé de départ.docx'])
    body = [greeting(c), '', "Résumé de départ ci-joint pour le médecin de famille et l'optométriste traitant.",
            r.choice(['', 'Copie papier remise au patient.']), '', res.named('fr'), res.role_fr]
    return Mail(c, 'discharge', 'day-surgery discharge summary', res, [S['girouard']],
                pick(r, lambda: 'Résumé de départ', lambda: 'Résumé — %s' % c.name(p, 'sur_initial')), '\n'.join(body),
                atts=[Att('docx', fn, data=docx(blocks, when=c.when, title='Résumé de départ', author=res.full),
                          ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
                cc=[doc])


def attached_eml(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['benali'], S['kourouma']])
    opto = r.choice([S['veilleux'], S['okonkwo'], S['bissonnette']])
    p = mkpatient(g, c, idk)
    cs = make_case(r, {'Ducharme': 'namd', 'Benali': 'glaucoma', 'Kourouma': 'uveitis'}[doc.surname])
    when_in = c.when - datetime.timedelta(days=r.randint(1, 4), hours=r.randint(1, 5))
    inner_body = [greeting(c, doc), '', "Je vous réfère rapidement la personne suivante, vue aujourd'hui :", '']
    inner_body += demo_lines(c, p, idk, with_phone=r.random() < 0.5)
    inner_body += ['', 'Constat : ' + cs.dx(c), 'Mesures : ' + cs.res(c), '', closing(c), signature(opto, 'fr')]
    inner = Mail(c, 'inner', '', opto, [doc], 'Référence urgente', '\n'.join(inner_body), mode='plain')
    body = [greeting(c, S['girouard'], informal=True), '',
            r.choice(['Voir le courriel ci-joint de l\'optométriste. Peux-tu %s placer cette semaine?' % (
                'la' if p.sex == 'F' else 'le'), 'Courriel original en pièce jointe, à traiter en priorité.']),
            '', doc.given]
    return Mail(c, 'forward_attachment', 'referral forwarded as attached message', doc, [S['girouard']],
                'TR: Référence urgente', '\n'.join(body),
                atts=[att_eml('Référence urgente.eml' if r.random() < 0.5 else 'reference.eml', inner, when_in)])


def csv_recall(g, c, idk):
    r = g.rng
    nurse = S['nursemgr']
    rows = [['Nom', 'Prénom', 'DDN', 'Sexe', 'NAM' if idk == 'nam' else 'Dossier', 'Dernier examen', 'Résultat']]
    for i in range(r.randint(3, 5)):
        p = mkpatient(g, c, idk if idk == 'nam' else 'mrn')
        cs = make_case(r, 'dr')
        last = c.when.date() - datetime.timedelta(days=r.randint(420, 900))
        c.name(p, 'surname')
        c.name(p, 'given')
        ident = c.nam(p, r.choice(['plain', 'space'])) if idk == 'nam' else c.mrn(p, 'plain')
        rows.append([p.surname.upper(), p.given, c.dob(p, 'iso'), p.sex, ident, last.isoformat(),
                     r.choice(['RDNP modérée', 'RDNP légère', 'RDP traitée laser', 'OMD suivi'])])
        c.add('diagnosis')
    body = [greeting(c), '',
            'Liste des patients diabétiques en retard de dépistage rétinien (> 12 mois), à relancer cette semaine.',
            'Merci d\'inscrire la date de relance dans la colonne H.', '', nurse.named('fr'), nurse.role_fr]
    text = csv_text(rows, ';')
    return Mail(c, 'recall_list', 'overdue diabetic eye screening recall list (CSV)', nurse,
                [S['lafreniere'], S['girouard']], 'Relance dépistage RD', '\n'.join(body),
                atts=[Att('csv', 'relance_RD_%s.csv' % c.when.strftime('%Y%m%d'), text=text, ctype='text/csv',
                          charset='windows-1252' if all(ord(ch) < 256 for ch in text) else None)])


def quick_note(g, c, idk):
    r = g.rng
    a, b = r.sample([S['ducharme'], S['benali'], S['mehta'], S['kourouma'], S['rousseau']], 2)
    p = mkpatient(g, c, idk)
    cs = make_case(r, r.choice(['rvo', 'uveitis', 'hzo', 'keratoconus', 'dr']))
    if idk == 'mrn':
        # chart number only, no name
        ident = 'ton %s du dossier %s' % ('patiente' if p.sex == 'F' else 'patient', c.mrn(p))
    else:
        ident = ident_inline(c, p, idk) if idk not in ('none', None) else c.name(p, 'title')
    txt = pick(r, lambda: 'Peux-tu jeter un œil aux photos de %s? Je pense à %s. %s.' % (ident, cs.dx(c), cs.res(c, ', ')), lambda: '%s — %s, est-ce que tu peux %s voir entre deux patients cet après-midi? %s.' % (
            ident, cs.dx(c), 'la' if p.sex == 'F' else 'le', cs.res(c, ', ')), lambda: 'Petite question pour %s : je l\'ai mis%s sous %s pour %s, tu es d\'accord?' % (
            ident, 'e' if p.sex == 'F' else '', cs.rx(c), cs.dx(c)))
    body = [greeting(c, b, informal=True), '', txt, '', a.given]
    return Mail(c, 'quick_note', 'quick note between colleagues about a patient', a, [b],
                r.choice(['petite question', 'avis rapide', 'cas', '?']), '\n'.join(body), mode='plain')


def gca_urgent(g, c, idk):
    r = g.rng
    p = mkpatient(g, c, idk, age=r.randint(66, 88))
    cs = make_case(r, 'gca')
    age = age_at(p.dob, c.when.date())
    body = [greeting(c, S['whitaker']), '',
            'Je te réfère en urgence %s, %d ans, perte visuelle brutale %s ce matin, céphalée temporale et '
            'claudication de la mâchoire.' % (c.name(p, r.choice(['title', 'full'])), age, cs.eyel('fr')), '']
    body += demo_lines(c, p, idk, name_style='skip')
    body += ['Labo : ' + cs.res(c), 'Impression : ' + cs.dx(c), 'Débuté : ' + cs.rx(c), '',
             'Est-ce que tu peux %s voir aujourd\'hui? %s est à la civière %d.' % (
                 'la' if p.sex == 'F' else 'le', 'Elle' if p.sex == 'F' else 'Il', r.randint(1, 30)), '',
             URGENTOLOGUE[0], 'Urgence — Hôpital Sainte-Lucie, poste 2200']
    return Mail(c, 'urgent_consult', 'urgent ED consult request', URGENTOLOGUE, [S['whitaker']],
                r.choice(['URGENT — ACG?', 'Consultation urgente neuro-ophtalmo', 'urgent: perte de vision']),
                '\n'.join(body), mode='plain')
