"""French positives, part A: referrals, injection lists, cataract booking,
letters to optometrists, low vision, transport, sign-out."""
import datetime

from gen_build import Mail, workday_after
from gen_clinical import make_case, social
from gen_docs import Att, docx, pdf, xlsx
from gen_pos_common import (pick, LOWVISION, S, TRANSPORT, ascii_token, closing, demo_lines, dstr, file_token,
                            greeting, hhmm, id_label, ident_inline, idval, idval_safe, mkpatient, pdf_demo,
                            sexlabel)
from gen_util import ORG_FR, age_at, signature


def referral_opto(g, c, idk):
    r = g.rng
    opto = r.choice([S['veilleux'], S['bissonnette'], S['okonkwo']])
    kind = r.choice(['namd', 'glaucoma', 'cataract', 'dr', 'keratoconus', 'rvo', 'hole'])
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    to = r.choice([S['girouard'], S['lafreniere']])
    prio = {'namd': 'URGENT (< 2 semaines)', 'rvo': 'urgent', 'hole': 'semi-urgent'}.get(kind, 'électif')
    dx = cs.dx(c)
    style = r.randrange(3)
    if style == 0:
        subject = 'Demande de consultation en ophtalmologie — %s' % dx
    elif style == 1:
        subject = 'Réf. ophtalmo — %s' % c.name(p, r.choice(['title', 'upper', 'initial']))
    else:
        subject = 'Référence %s — %s' % (prio.split(' ')[0].lower(), opto.site.capitalize())
    atts = []
    if r.random() < 0.45:
        body = [greeting(c), '',
                'Vous trouverez ci-joint une demande de consultation pour %s (priorité : %s).' % (
                    r.choice(['une patiente' if p.sex == 'F' else 'un patient', 'un cas vu ce matin']), prio),
                'Le formulaire complet et les clichés OCT suivent par télécopieur.', '', closing(c), '',
                signature(opto, 'fr')]
        lines = ['# Demande de consultation — ophtalmologie'] + pdf_demo(c, p, idk, with_phone=r.random() < 0.5) + [
            '', '# Motif', dx, '', '# Examen', cs.res(c, '\n'), '', '# Médication', cs.rx(c), '',
            'Priorité : ' + prio, 'Référent : %s, %s' % (opto.named('fr'), opto.role_fr)]
        fname = 'Demande_consultation_%s.pdf' % file_token(p, r.randrange(3)) if r.random() < 0.6 else \
            'référence_%s.pdf' % c.when.strftime('%Y%m%d')
        flat = []
        for l in lines:
            flat.extend(l.split('\n'))
        atts.append(Att('pdf', fname, data=pdf(flat, title='Demande de consultation',
                                                header='%s\n%s' % (opto.role_fr.capitalize(), opto.email), when=c.when),
                        ctype='application/pdf'))
        if '_' in fname and fname.startswith('Demande'):
            c.must.append(fname)
    else:
        body = [greeting(c), '',
                'Je vous réfère la personne suivante pour évaluation en ophtalmologie.', '']
        body += demo_lines(c, p, idk, with_phone=r.random() < 0.4)
        body += ['', 'Motif : ' + (dx if style != 0 else r.choice(['voir objet', dx])),
                 'Examen du %s : %s' % (dstr(c, c.when.date(), 'dmy'), cs.res(c)),
                 'Médication : ' + cs.rx(c), 'Priorité : ' + prio, '',
                 r.choice(['Merci de me tenir informée du suivi.', 'La patiente est avisée de la démarche.'
                           if p.sex == 'F' else 'Le patient est avisé de la démarche.',
                           "N'hésitez pas à m'appeler au besoin."]),
                 '', closing(c), '', signature(opto, 'fr')]
    return Mail(c, 'referral', 'optometrist referral to ophthalmology', opto, [to], subject, '\n'.join(body),
                atts=atts)


ABBR = {'namd': 'DMLA', 'dme': 'OMD', 'rvo': 'OVCR'}


def ivt_list(g, c, idk):
    r = g.rng
    nurse = S['menard']
    day = workday_after(c.when, 1, 3, r)
    n = r.randint(5, 8)
    idk = 'mrn' if idk == 'none' else idk
    pts = [mkpatient(g, c, idk if i == 0 else 'mrn') for i in range(n)]
    rows = []
    t = datetime.datetime(day.year, day.month, day.day, 8, 0)
    for i, p in enumerate(pts):
        cs = make_case(r, r.choice(['namd', 'namd', 'dme', 'rvo']))
        drug = cs.rx_list(c)[0].replace('IVT ', '')
        cs.dx(c)
        name = c.name(p, 'upper')
        ident = idval(c, p, idk if i == 0 and idk != 'mrn' else 'mrn', 'plain' if r.random() < 0.5 else None)
        extra = ''
        if i == 0 and idk == 'nam':
            extra = c.dob(p, 'iso') + ' ' + p.sex
        rows.append([t.strftime('%H:%M'), name, ident, extra, cs.e('fr'), drug,
                     ABBR[cs.kind] + (' — ' + r.choice(['1re inj.', 'q6s', 'q8s', 'q4s', 'switch']))])
        t += datetime.timedelta(minutes=r.choice([10, 15, 15, 20]))
    header = ['Heure', 'Patient', 'Dossier/NAM', 'DDN', 'Œil', 'Produit', 'Indication']
    subject = r.choice(['Liste IVT %s — salle 2' % dstr(c, day, 'dmy'), 'Clinique injections %s' % dstr(c, day, 'long'),
                        'IVT demain (%s)' % dstr(c, day, 'iso')])
    body = [greeting(c, S['ducharme']), '',
            'Voici la liste des injections pour %s. %d patients, pharmacie avisée pour les fioles.' % (
                dstr(c, day, 'long'), n), '']
    atts = []
    if r.random() < 0.5:
        body += ['\t'.join(header)] + ['\t'.join(x) for x in rows]
        mode = r.choice(['html', 'alt'])
    else:
        body += ['La liste est dans le fichier Excel ci-joint (onglet « Salle 2 »).']
        atts.append(Att('xlsx', 'IVT_%s.xlsx' % day.strftime('%Y-%m-%d'),
                        data=xlsx([('Salle 2', [header] + rows)], when=c.when, author=nurse.full),
                        ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'))
        mode = None
    body += ['', r.choice(['Sonia', 'Merci — Sonia', 'S. Ménard, inf.']), '', signature(nurse, 'fr')]
    return Mail(c, 'injection_list', 'intravitreal injection clinic list', nurse, [S['ducharme'], S['mehta']],
                subject, '\n'.join(body), atts=atts, mode=mode, cc=[S['pharm']])


def cataract_booking(g, c, idk):
    r = g.rng
    surgeon = r.choice([S['lortie'], S['rousseau']])
    p = mkpatient(g, c, idk, age=r.randint(58, 88))
    cs = make_case(r, 'cataract')
    day = workday_after(c.when, 20, 90, r)
    subject = pick(r, lambda: 'Programmation chirurgie — phaco %s' % cs.e('fr'), lambda: 'Réservation bloc %s — %s' % (dstr(c, day, 'dmy'), c.name(p, r.choice(['title_sur', 'upper']))), lambda: 'Booking cataracte')
    body = [greeting(c, S['moore'], informal=True), '',
            r.choice(["Peux-tu programmer la patiente suivante", 'Merci de réserver pour le patient suivant'])
            + ' sur ma liste du %s :' % dstr(c, day, 'long'), '']
    body += demo_lines(c, p, idk, with_phone=r.random() < 0.5)
    body += ['Chirurgie : ' + cs.plan('fr'), 'Dx : ' + cs.dx(c), 'Biométrie : ' + cs.res(c),
             'Particularités : ' + cs.rx(c), '']
    atts = []
    if r.random() < 0.5:
        blocks = [('h', 'Feuille de réservation — bloc opératoire'),
                  ('table', [['Champ', 'Valeur'],
                             ['Patient', c.name(p, 'upper')],
                             ['Date de naissance', c.dob(p, 'iso')],
                             ['Sexe', p.sex],
                             [id_label(c, idk) if idk != 'none' else 'Dossier',
                              idval(c, p, idk) if idk != 'none' else c.mrn(p)],
                             ['Intervention', cs.plan('fr')],
                             ['Anesthésie', r.choice(['topique + intracamérulaire', 'bloc sous-ténonien'])],
                             ['Date souhaitée', dstr(c, day, 'iso')]]),
                  ('p', 'Chirurgien : ' + surgeon.named('fr'))]
        fn = r.choice(['Reservation_bloc_%s.docx' % ascii_token(p, 1), 'réservation_phaco.docx'])
        atts.append(Att('docx', fn, data=docx(blocks, when=c.when, title='Réservation bloc', author=surgeon.full),
                        ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
        body.append('Feuille de réservation en pièce jointe.')
    body += [r.choice(["Prévoir l'IOLMaster le même jour si possible.", 'Pas de rendez-vous pré-op requis.',
                       'Infirmière pré-op : vérifier anticoagulation.']), '', closing(c), surgeon.named('fr')]
    return Mail(c, 'cataract_booking', 'cataract surgery booking request', surgeon, [S['moore']], subject,
                '\n'.join(body), atts=atts, cc=[S['dupuis']] if r.random() < 0.5 else None)


def opto_letter(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['benali'], S['mehta'], S['rousseau']])
    opto = r.choice([S['veilleux'], S['bissonnette'], S['okonkwo']])
    kind = {'ducharme': 'namd', 'benali': 'glaucoma', 'mehta': r.choice(['rd', 'hole']),
            'rousseau': r.choice(['keratoconus', 'cataract'])}[doc.surname.split('-')[0].lower()]
    p = mkpatient(g, c, idk)
    cs = make_case(r, kind)
    seen = workday_after(c.when, -10, -1, r)
    pat = ('Mme ' if p.sex == 'F' else 'M. ') + p.surname
    subject = pick(r, lambda: 'Suivi de votre patient%s' % ('e' if p.sex == 'F' else ''), lambda: 'Rapport de consultation — %s' % c.name(p, 'title'), lambda: 'RE: Demande de consultation — %s' % c.name(p, 'comma'))
    body = [greeting(c, opto), '',
            "J'ai vu en consultation le %s %s, que vous m'aviez adressé%s." % (
                dstr(c, seen, 'long'), c.name(p, 'title'), 'e' if p.sex == 'F' else ''), '']
    body += demo_lines(c, p, idk, name_style='skip')
    body += ['', 'Impression : ' + cs.dx(c), 'Examen : ' + cs.res(c), 'Traitement : ' + cs.rx(c),
             'Plan : ' + cs.plan('fr'), '',
             r.choice(['Je reverrai %s dans 6 semaines. Vous pouvez poursuivre le suivi de la réfraction.' % pat,
                       "Merci de poursuivre la surveillance annuelle; je l'ai avisé%s des signes d'alarme." % (
                           'e' if p.sex == 'F' else ''),
                       'Je vous enverrai le compte rendu opératoire après la chirurgie.']),
            '', 'Confraternellement,', '', signature(doc, 'fr')]
    return Mail(c, 'optometrist_letter', 'consult report back to referring optometrist', doc, [opto], subject,
                '\n'.join(body), reply=subject.startswith('RE'))


def low_vision(g, c, idk):
    r = g.rng
    doc = r.choice([S['ducharme'], S['whitaker'], S['quesnel']])
    kind = r.choice(['rp', 'stargardt', 'namd', 'glaucoma'])
    p = mkpatient(g, c, idk, age=r.randint(19, 40) if kind == 'stargardt' else None)
    cs = make_case(r, kind, eye='B' if kind in ('rp', 'stargardt') else None)
    dest = LOWVISION[0]
    subject = pick(r, lambda: 'Demande de services — réadaptation en déficience visuelle', lambda: 'Référence Centre Lumen — %s' % c.name(p, 'upper'), lambda: 'Réf. basse vision')
    soc = social(c, p)
    body = [greeting(c), '',
            "Je vous adresse une demande de services en réadaptation visuelle (aides optiques, orientation et "
            "mobilité, AVQ).", '']
    body += demo_lines(c, p, idk, with_addr=True, with_phone=True)
    body += ['', 'Diagnostic : ' + cs.dx(c), 'Acuité / champ : ' + cs.res(c),
             'Contexte social : ' + soc,
             'Besoins : ' + r.choice(['lecture du courrier et gestion de la médication',
                                     'déplacements extérieurs, canne blanche', 'adaptation du poste de travail',
                                     'aide à la lecture scolaire']), '',
             r.choice(["L'attestation de déficience visuelle signée est jointe.",
                       "Le formulaire d'admissibilité suivra par courrier interne."]), '',
             closing(c), '', signature(doc, 'fr')]
    atts = []
    if r.random() < 0.5:
        lines = ['# Attestation de déficience visuelle'] + pdf_demo(c, p, idk) + [
            '', 'Diagnostic principal : ' + cs._dx['fr'], 'Résultats : ' + '; '.join(cs._res['fr']),
            '', 'Je certifie que la personne répond aux critères de déficience visuelle.',
            'Signature : ' + doc.named('fr'), 'Date : ' + dstr(c, c.when.date(), 'iso')]
        atts.append(Att('pdf', 'attestation_DV_%s.pdf' % ascii_token(p, 2), ctype='application/pdf',
                        data=pdf(lines, title='Attestation', header=ORG_FR, when=c.when)))
    return Mail(c, 'low_vision', 'low-vision rehabilitation referral', doc, [dest], subject, '\n'.join(body),
                atts=atts, cc=[S['akande']] if r.random() < 0.5 else None)


def transport(g, c, idk):
    r = g.rng
    clerk = r.choice([S['lafreniere'], S['menard']])
    p = mkpatient(g, c, idk, age=r.randint(70, 94))
    cs = make_case(r, r.choice(['namd', 'dme', 'rvo']))
    day = workday_after(c.when, 3, 20, r)
    h, m = r.choice([(8, 30), (9, 15), (10, 0), (13, 30), (14, 15)])
    dest = r.choice(TRANSPORT[:2])
    subject = pick(r, lambda: 'Demande de transport — %s' % dstr(c, day, 'dmy'), lambda: 'Transport %s %s' % (c.name(p, 'title_sur'), dstr(c, day, 'iso')), lambda: 'Accompagnement pour rendez-vous en ophtalmologie')
    soc = social(c, p, r.choice([0, 2, 5]))
    body = [greeting(c), '',
            'Nous aurions besoin d\'un transport aller-retour pour la personne suivante :', '',
            'Nom : ' + c.name_any(p, ['title', 'full', 'upper'])]
    if idk == 'nam':
        body.append('DDN : %s (%s) — NAM %s' % (c.dob(p), p.sex, c.nam(p)))
    elif idk != 'none':
        body.append('%s : %s' % (id_label(c, idk), idval(c, p, idk)))
    body += ['Adresse de prise en charge : ' + c.address(p), 'Téléphone : ' + c.phone(p),
             'Rendez-vous : %s à %s, %s, 2e étage (clinique de rétine)' % (dstr(c, day, 'long'), hhmm(h, m, 'fr'), ORG_FR),
             'Motif : ' + pick(r, lambda: 'injection intravitréenne ' + cs.e('fr'), lambda: 'suivi ' + cs.dx(c)),
             'Particularités : ' + soc + r.choice(['; se déplace avec marchette.', '; pupilles dilatées au retour.',
                                                   '.']),
             '', 'Durée prévue : environ 2 h sur place.', '', closing(c), '', signature(clerk, 'fr')]
    return Mail(c, 'transport', 'patient transport request for eye appointment', clerk, [(dest[0], dest[1])],
                subject, '\n'.join(body))


def signout(g, c, idk):
    r = g.rng
    res = r.choice([S['resident'], S['resident2']])
    c.when = c.when.replace(hour=r.choice([17, 18, 22, 23]), minute=r.randrange(60))
    n = r.randint(4, 6)
    kinds = r.sample(['rd', 'ulcer', 'gca', 'uveitis', 'hzo', 'neuritis', 'rvo'], n)
    lines = []
    for i, k in enumerate(kinds):
        p = mkpatient(g, c, idk if i == 0 else 'mrn')
        cs = make_case(r, k)
        loc = r.choice(['Urg civ %d' % r.randint(1, 30), '6e Nord ch. %d' % r.randint(601, 640), 'Clinique',
                        'Urg PEC %d' % r.randint(1, 8)])
        who = c.name(p, r.choice(['sur_initial', 'upper_all', 'comma', 'lower_rev']))
        age = age_at(p.dob, c.when.date())
        ident = ''
        if i == 0 and idk == 'nam':
            ident = ' — %s %s, DDN %s %s' % (id_label(c, 'nam'), c.nam(p), c.dob(p), p.sex)
        else:
            ident = ' (%s)' % c.mrn(p, 'plain')
        lines.append('%d) %s — %s, %d a%s — %s. %s. À faire : %s' % (
            i + 1, loc, who, age, ident, cs.dx(c), cs.res(c, ', '), cs.plan('fr')))
    subject = r.choice(['Sign-out garde ophtalmo %s' % dstr(c, c.when.date(), 'dmy'), 'Passation de garde',
                        'garde ce soir — liste'])
    body = [greeting(c, S['resident2'] if res is S['resident'] else S['resident'], informal=True), '',
            'Voici la liste pour la nuit :', ''] + lines + ['', r.choice([
                'Rien d\'autre en attente aux urgences. Bonne garde!',
                'Dre Ducharme est de garde en rétine si besoin.', 'Appelle-moi si ça se complique.']), '',
        res.given]
    return Mail(c, 'signout', 'on-call sign-out list', res, [S['resident2'] if res is S['resident'] else S['resident']],
                subject, '\n'.join(body), cc=[S['mehta']] if r.random() < 0.4 else None, mode='plain')
